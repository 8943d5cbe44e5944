/** Anchors of index sections: regions on /countries/, publishers on /sources/. */
import { slugify } from './slug.ts';

/** The anchor of a region on the countries index ("region-europe"). */
export function regionAnchor(region: string): string {
  return `region-${slugify(region)}`;
}

/** The anchor of a publisher on the sources index ("publisher-united-nations-treaty-collection"). */
export function publisherAnchor(publisher: string): string {
  return `publisher-${slugify(publisher)}`;
}
