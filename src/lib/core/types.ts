/** Small shared types that are not a collection's own. */
export interface Citation {
  source: string;
  locator?: string | undefined;
}
