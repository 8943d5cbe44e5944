/** Anchors of index sections: regions on /countries/, publishers on /sources/. */

/** The anchor of a region on the countries index ("region-europe"). */
export function regionAnchor(region: string): string {
  return `region-${slug(region)}`;
}

/** The anchor of a publisher on the sources index ("publisher-united-nations-treaty-collection"). */
export function publisherAnchor(publisher: string): string {
  return `publisher-${slug(publisher)}`;
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
