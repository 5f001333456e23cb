import type { APIRoute } from 'astro';
import { allPagePaths } from '../lib/site-urls.ts';
import { sitemapParts, urlset } from '../lib/sitemap.ts';
import { absolute } from '../lib/urls.ts';

/** The parts of a sitemap too large for one file (see src/lib/sitemap.ts); none on small sites. */
export async function getStaticPaths() {
  return sitemapParts(await allPagePaths()).map((paths, i) => ({ params: { part: String(i + 1) }, props: { paths } }));
}

export const GET: APIRoute = ({ props, site }) => new Response(urlset((props.paths as string[]).map((p) => absolute(p, site))), { headers: { 'content-type': 'application/xml' } });
