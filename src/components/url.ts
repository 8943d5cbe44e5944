/**
 * Site links with the deployment's base path ("/ledger/…"), for components and pages. Every internal
 * href goes through here; paths come from src/lib/urls/routes.ts.
 */
import { pathFor, withBase, type RoutedCollection } from '../lib/urls/routes.ts';

const BASE = import.meta.env.BASE_URL;

/** A site path ("/treaties/") with the base path. */
export const url = (path: string): string => withBase(BASE, path);

/** The page of one entry ("/ledger/countries/poland/"). */
export const entryUrl = (collection: RoutedCollection, id: string): string => url(pathFor(collection, id));
