import { describe, expect, it } from 'vitest';
import { sitemapIndex, sitemapParts, urlset } from '../../src/lib/sitemap.ts';

describe('sitemaps', () => {
  const urls = Array.from({ length: 7 }, (_, i) => `https://example.org/a/${i}/?x=1&y=<2>`);
  it('fit in one file up to the limit', () => {
    expect(sitemapParts(urls, 7)).toEqual([]);
    const xml = urlset(urls);
    expect([...xml.matchAll(/<loc>/g)]).toHaveLength(7);
    expect(xml).toContain('<loc>https://example.org/a/0/?x=1&amp;y=&lt;2></loc>');
  });
  it('split beyond it into parts that keep every URL once, in order', () => {
    const parts = sitemapParts(urls, 3);
    expect(parts.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(parts.flat()).toEqual(urls);
    const index = sitemapIndex(['https://example.org/sitemap-1.xml', 'https://example.org/sitemap-2.xml']);
    expect(index).toMatch(/^<\?xml[^>]*>\n<sitemapindex xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    expect([...index.matchAll(/<sitemap><loc>[^<]+<\/loc><\/sitemap>/g)]).toHaveLength(2);
  });
});
