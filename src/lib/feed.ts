/** An Atom feed of the interviews, newest first (RFC 4287). Absolute URLs only: written with SITE_URL. */
export interface FeedItem {
  title: string;
  url: string;
  date: string | null;
  summary: string;
  authors: string[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function atomFeed(siteUrl: string, selfUrl: string, items: FeedItem[], updated: string): string {
  const entries = items.map((i) => {
    const when = `${i.date ?? updated.slice(0, 10)}T00:00:00Z`;
    return [
      '<entry>',
      `<title>${esc(i.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${esc(i.url)}"/>`,
      `<id>${esc(i.url)}</id>`,
      `<updated>${when}</updated>`,
      ...(i.date ? [`<published>${when}</published>`] : []),
      ...i.authors.map((a) => `<author><name>${esc(a)}</name></author>`),
      `<summary>${esc(i.summary)}</summary>`,
      '</entry>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    '<title>Interview Reader</title>',
    `<link rel="alternate" type="text/html" href="${esc(siteUrl)}"/>`,
    `<link rel="self" type="application/atom+xml" href="${esc(selfUrl)}"/>`,
    `<id>${esc(siteUrl)}</id>`,
    `<updated>${updated}</updated>`,
    '<author><name>Interview Reader</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
