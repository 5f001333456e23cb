/**
 * Sitemaps as the protocol allows them: at most 50,000 URLs per file. A small site gets one
 * `sitemap.xml`; a larger one (a 1,000-interview archive has 67,000 pages, answer pages
 * included) gets `sitemap.xml` as an index of `sitemap-1.xml`, `sitemap-2.xml`...
 */
export const SITEMAP_LIMIT = 50_000;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

export function urlset(urls: string[]): string {
  return `${HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `<url><loc>${esc(u)}</loc></url>`).join('\n')}\n</urlset>\n`;
}

export function sitemapIndex(parts: string[]): string {
  return `${HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts.map((u) => `<sitemap><loc>${esc(u)}</loc></sitemap>`).join('\n')}\n</sitemapindex>\n`;
}

/** The URL lists of sitemap-1.xml, sitemap-2.xml...; none when everything fits in sitemap.xml. */
export function sitemapParts(urls: string[], limit = SITEMAP_LIMIT): string[][] {
  if (urls.length <= limit) return [];
  const parts: string[][] = [];
  for (let i = 0; i < urls.length; i += limit) parts.push(urls.slice(i, i + limit));
  return parts;
}
