import type { APIRoute } from 'astro';
import { allPagePaths } from '../lib/site-urls.ts';
import { sitemapIndex, sitemapParts, urlset } from '../lib/sitemap.ts';
import { absolute, url } from '../lib/urls.ts';

/** Every page, answer pages included (reader pages link to answer pages only with JavaScript). */
export const GET: APIRoute = async ({ site }) => {
  const paths = await allPagePaths();
  const parts = sitemapParts(paths);
  const body = parts.length ? sitemapIndex(parts.map((_, i) => absolute(url(`sitemap-${i + 1}.xml`), site))) : urlset(paths.map((p) => absolute(p, site)));
  return new Response(body, { headers: { 'content-type': 'application/xml' } });
};
