import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { decode } from '../../src/ingest/decode.ts';
import { ingest } from '../../src/ingest/index.ts';
import { launch } from '../support/browser.ts';
import { pageWeight } from '../../bench/page-weight.ts';

const siteDir = inject('siteDir');
const repeatDir = inject('repeatDir');
const contentDir = inject('contentDir');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}
const pages = files(siteDir).filter((f) => f.endsWith('.html'));
const html = new Map(pages.map((f) => [f, readFileSync(f, 'utf8')]));
const urlOf = (f: string) => '/' + relative(siteDir, f).replace(/index\.html$/, '');
// Only attributes inside real tags: transcript text on the page is escaped (&lt;a href=...).
const idsOf = (src: string) => [...src.matchAll(/<[a-z][a-z0-9]*\s[^<>]*?\bid="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

describe('links across the whole built site', () => {
  it('every id on a page is unique', () => {
    for (const [f, src] of html) {
      const ids = idsOf(src);
      expect(ids.length - new Set(ids).size, urlOf(f)).toBe(0);
    }
  });
  it('every internal href and #fragment resolves', () => {
    const byUrl = new Map([...html].map(([f, src]) => [urlOf(f), new Set(idsOf(src))]));
    let checked = 0;
    for (const [f, src] of html) {
      for (const [, raw] of src.matchAll(/<(?:a|link)\s[^<>]*?\bhref="([^"]+)"/g)) {
        const href = raw!.replace(/&amp;/g, '&');
        if (/^(https?:|mailto:)/.test(href) && !href.startsWith('http://127.0.0.1:4390/')) continue;
        const u = new URL(href, `http://127.0.0.1:4390${urlOf(f)}`);
        const path = decodeURIComponent(u.pathname);
        const target = byUrl.get(path) ?? (statSync(join(siteDir, path), { throwIfNoEntry: false })?.isFile() ? new Set<string>() : undefined);
        expect(target, `${urlOf(f)} -> ${href}`).toBeDefined();
        if (u.hash) expect(target!.has(decodeURIComponent(u.hash.slice(1))), `${urlOf(f)} -> ${href}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
  // The second build has Astro render each answer page and bundle the content store; the first
  // fills answer pages from their template and reads the store from disk.
  it('two builds of the same content are byte-identical, answer pages included', () => {
    const outside = (dir: string) => files(dir).map((f) => relative(dir, f)).filter((f) => !f.startsWith('pagefind/')).sort();
    const a = outside(siteDir);
    expect(outside(repeatDir)).toEqual(a);
    for (const f of a) expect(readFileSync(join(repeatDir, f)).equals(readFileSync(join(siteDir, f))), f).toBe(true);
  });
  // Both builds index in one Pagefind process; rendering differs between them, the index may not.
  it('the search index is the same whichever way the pages were rendered', () => {
    const files = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
    const a = files(join(siteDir, 'pagefind'));
    expect(a.filter((f) => f.startsWith('fragment/')).length).toBeGreaterThan(5);
    expect(files(join(repeatDir, 'pagefind'))).toEqual(a);
  });
  it('writes the removal report for editors beside the site, never into it', () => {
    expect(existsSync(join(siteDir, 'removed.json'))).toBe(false);
    const report = JSON.parse(readFileSync(`${siteDir}.removed.json`, 'utf8')) as Record<string, { line: number; text: string; reason: string }[]>;
    const seed = report['stratechery-altman-2025']!;
    expect(seed).toHaveLength(255);
    expect(seed[0]).toMatchObject({ line: 10, text: 'Hacklink' });
    for (const src of html.values()) expect(src).not.toContain('removed.json');
  });
});

describe('sitemap', () => {
  it('lists every page, answer pages included, and each one exists', () => {
    const xml = readFileSync(join(siteDir, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeURIComponent(new URL(m[1]!).pathname));
    const answerPages = pages.filter((f) => /\/[^/]+\/[^/]+\/index\.html$/.test(relative(siteDir, f).replace(/^/, '/')) && !f.includes('/pagefind/')).map(urlOf);
    expect(locs.length).toBeGreaterThan(80);
    for (const loc of locs) expect(html.has(join(siteDir, loc, 'index.html')), loc).toBe(true);
    for (const p of answerPages) expect(locs, p).toContain(p);
  });
});

describe('nothing lost, nothing invented', () => {
  it('every kept paragraph appears exactly once on its interview page, in order, under the right speaker', async () => {
    const browser = await launch();
    const page = await browser.newPage();
    try {
      for (const name of readdirSync(contentDir)) {
        const result = ingest(readFileSync(join(contentDir, name)), name);
        const t = result.transcript;
        await page.goto(`file://${join(siteDir, t.slug, 'index.html')}`);
        const rendered = await page.$$eval('main article p, main article h2, main article li, main article table', (els) =>
          els
            .filter((el) => !el.classList.contains('meta'))
            .map((el) => {
              const turn = el.closest('div.turn[id]');
              // As a reader sees it: a soft line break in the source is a space on the page.
              // (A table's cells, each on its own line in the markup, are words apart.)
              return { speaker: turn ? turn.querySelector(':scope > b')!.textContent : null, text: el.textContent!.replace(/\s*\n\s*/g, ' ').trim() };
            }),
        );
        const expected = [
          ...t.intro.map((p) => ({ speaker: null, text: p.text })),
          ...t.sections.flatMap((s) => [
            ...(s.heading ? [{ speaker: null, text: s.heading }] : []),
            ...s.turns.flatMap((turn) => turn.paragraphs.map((p) => ({ speaker: turn.speaker, text: p.text }))),
          ]),
          ...t.outro.map((p) => ({ speaker: null, text: p.text })),
        ];
        expect(rendered, name).toEqual(expected);
        // And every source line is either on the page or in the removal report.
        const lines = decode(readFileSync(join(contentDir, name)), name).text.split('\n');
        const fmEnd = lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0;
        const removed = new Set(t.removed.map((r) => r.line));
        const pageText = rendered.map((r) => r.text).join('\n') + (t.titleLine ? `\n${t.title}` : '');
        for (let i = fmEnd; i < lines.length; i++) {
          const line = lines[i]!.trim();
          // Label-only lines (`Name (00:26):` above the words) and markup without text are accounted for, not shown.
          // A heading's `===` underline is markup too.
          // So is a table's row of dashes under its header (`|:---|---:|`).
          if (!line || removed.has(i + 1) || /^<!--.*-->$/.test(line) || /^=+$/.test(line) || /^\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?)?\s*$/.test(line) || result.lineUse[i] === 'label' || result.lineUse[i] === 'markup') continue;
          // A caption file's line loses its voice tag and entities (`<v Name>`, `&amp;`) on the page.
          // A table's row loses its bars.
          const said = /\.(vtt|srt)$/.test(name) ? line.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&') : /^\|.*\|$/.test(line) ? line.replace(/\|/g, ' ').trim() : line;
          const words = said.replace(/!\[([^\]]*)\]\([^)]*\)/g, '[image: $1]').replace(/^[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[:：]?\s*/u, '').replace(/^(#+|\*\*[^*]+\*\*|[-*]|[\p{L}\p{M}\d .]{1,30} ?[:：]|\p{L}+\.? (?:Mc)?\p{Lu}{2,}\.)\s*/u, '').replace(/[*_`]/g, '').split(/\s+/).slice(0, 4).join(' ');
          expect(pageText.includes(words.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').split('](')[0]!), `${name}:${i + 1} ${line.slice(0, 60)}`).toBe(true);
        }
      }
    } finally {
      await browser.close();
    }
  });
});

describe('a site built under a base path (/interviews/)', () => {
  const base = inject('baseUrl');
  it('links, answer pages and search all work under the base', async () => {
    const browser = await launch();
    const page = await browser.newPage();
    const missing: string[] = [];
    page.on('response', (r) => r.status() >= 400 && missing.push(r.url()));
    try {
      await page.goto(base);
      await page.click('text=Tomas Lindqvist on Building Quiet Software');
      expect(page.url()).toBe(`${base}podcast-qa/`);
      await page.click('.toc a >> nth=1');
      expect(new URL(page.url()).pathname).toBe('/interviews/podcast-qa/');
      const answer = new URL((await page.getAttribute('.answer-link >> nth=0', 'href'))!, page.url()).href;
      expect(answer).toMatch(/^http:\/\/127\.0\.0\.1:4391\/interviews\/podcast-qa\/a-[^/]+\/$/);
      await page.goto(answer);
      expect(await page.getAttribute('link[rel=canonical]', 'href')).toBe(answer);
      await page.click('text=Read in context');
      expect(page.url()).toMatch(/\/interviews\/podcast-qa\/#a-/);
      await page.fill('#search-input', 'defaults');
      await page.waitForSelector('.search-results [data-kind=turn] a');
      const href = await page.getAttribute('.search-results [data-kind=turn] a >> nth=0', 'href');
      expect(href).toMatch(/^\/interviews\/podcast-qa\/\?highlight=defaults#a-/);
      await page.click('.site-name');
      expect(page.url()).toBe(base);
      expect(missing).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('page weight', () => {
  // The budget from the reading issue, checked on every build: sizes are exact, unlike timings,
  // which stay in the benchmark. The markup around the text is what this guards.
  it('the interview page\'s HTML+CSS gzip stays within 1.3x the gzip of its plain text, with no JavaScript needed', () => {
    const w = pageWeight(siteDir, join(contentDir, 'stratechery-altman-2025.txt'));
    expect(w.pageToTextGzipRatio).toBeLessThanOrEqual(1.3);
    expect(w.cssGzip).toBeGreaterThan(1000); // the CSS is counted: it is inlined into the page
  });
});
