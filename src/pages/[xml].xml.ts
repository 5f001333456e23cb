import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { atomFeed } from '../lib/feed.ts';
import { clip } from '../lib/clip.ts';
import { allPagePaths } from '../lib/site-urls.ts';
import { sitemapIndex, sitemapParts, urlset } from '../lib/sitemap.ts';
import { absolute, interviewUrl, url } from '../lib/urls.ts';

/**
 * The site's XML, all of it made of absolute URLs and so written only when the site has a public
 * address (SITE_URL):
 * - `sitemap.xml`, listing every page (answer pages included: reader pages link to them only
 *   with JavaScript), or indexing `sitemap-1.xml`, `sitemap-2.xml`... past 50,000 URLs;
 * - `feed.xml`, an Atom feed of the interviews, newest first.
 */
export async function getStaticPaths() {
  if (!import.meta.env.SITE) return [];
  const site = new URL(import.meta.env.SITE);
  const paths = await allPagePaths();
  const parts = sitemapParts(paths);
  const index = parts.length ? sitemapIndex(parts.map((_, i) => absolute(url(`sitemap-${i + 1}.xml`), site))) : urlset(paths.map((p) => absolute(p, site)));
  const transcripts = (await getCollection('transcripts')).map((e) => e.data).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title));
  const newest = transcripts.find((t) => t.date)?.date;
  const feed = atomFeed(
    absolute(url(), site),
    absolute(url('feed.xml'), site),
    transcripts.map((t) => ({
      title: t.title,
      url: absolute(interviewUrl(t.slug), site),
      date: t.date,
      summary: clip(t.intro[0]?.text ?? `${t.title}: the full interview.`, 300),
      authors: [t.interviewer, t.guest].filter((n): n is string => n != null),
    })),
    `${newest ?? '1970-01-01'}T00:00:00Z`,
  );
  return [
    { params: { xml: 'sitemap' }, props: { body: index, type: 'application/xml' } },
    ...parts.map((part, i) => ({ params: { xml: `sitemap-${i + 1}` }, props: { body: urlset(part.map((p) => absolute(p, site))), type: 'application/xml' } })),
    { params: { xml: 'feed' }, props: { body: feed, type: 'application/atom+xml' } },
  ];
}

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { 'content-type': props.type as string } });
