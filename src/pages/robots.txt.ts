/** /robots.txt — allow everything, point to the sitemap (see src/lib/publish/sitemap.ts for the base path). */
import type { APIRoute } from 'astro';
import { BASE } from '../content.ts';
import { buildUrls, fileResponse } from '../endpoints.ts';
import { toRobots } from '../lib/publish/sitemap.ts';

export const GET: APIRoute = ({ site }) =>
  fileResponse(toRobots(BASE, buildUrls(site).abs('/sitemap.xml')), 'text/plain; charset=utf-8');
