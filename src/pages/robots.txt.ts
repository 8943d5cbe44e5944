/** /robots.txt — allow everything, point to the sitemap (see src/lib/publish/sitemap.ts for the base path). */
import type { APIRoute } from 'astro';
import { BASE } from '../content.ts';
import { buildUrls, fileResponse } from '../endpoints.ts';
import { SITEMAP_INDEX_PATH, toRobots } from '../lib/publish/sitemap.ts';

export const GET: APIRoute = ({ site }) =>
  fileResponse(toRobots(BASE, buildUrls(site).abs(SITEMAP_INDEX_PATH)), 'text/plain; charset=utf-8');
