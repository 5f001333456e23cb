import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../support/browser.ts';

const site = inject('siteUrl');
const origin = new URL(site).origin;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const offsite: string[] = [];

beforeAll(async () => {
  browser = await launch();
  const ctx = await browser.newContext(); // no CSP bypass: the page's own policy applies
  page = await ctx.newPage();
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) offsite.push(r.url());
  });
});
afterAll(async () => browser?.close());

/** Elements a transcript could try to inject; our pages have no img, iframe, style, object or embed of their own. */
const injected = (p: Page) =>
  p.evaluate(() => ({
    elements: document.querySelectorAll('main img, main iframe, main object, main embed, main style, main script, main [onclick], main [onerror], main [style]').length,
    // Scripts a browser runs; JSON-LD is a data block, never run (its escaping: tests/browser/sharing.test.ts).
    scripts: [...document.scripts].filter((s) => s.type !== 'application/ld+json').map((s) => s.getAttribute('src') ?? 'inline'),
    dataBlocks: [...document.scripts].filter((s) => s.type === 'application/ld+json').map((s) => JSON.parse(s.textContent ?? '') as { headline?: string }),
    jsLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^(javascript|data):/i.test(a.getAttribute('href')!)).length,
  }));

describe('a hostile transcript', () => {
  it('shows its markup as text on the interview page and runs none of it', async () => {
    await page.goto(`${site}hostile/`);
    await page.waitForLoadState('networkidle');
    const text = await page.textContent('main');
    for (const literal of ['<script>alert(3)</script>', '<img src=x onerror="alert(4)">', '<style>body{display:none}</style>', '<b onclick="alert(7)">bold</b>', '<a href="javascript:alert(8)">links</a>', '<div style="position:fixed;inset:0">overlay</div>'])
      expect(text).toContain(literal);
    expect(await page.textContent('h1')).toBe('<script>alert(1)</script> Hostile');
    expect(await page.$$eval('.turn > b', (e) => e.map((x) => x.textContent))).toContain('<img src=x onerror=alert(2)>');
    const found = await injected(page);
    expect(found.elements).toBe(0);
    expect(found.jsLinks).toBe(0);
    expect(found.scripts.length).toBe(1);
    expect(found.scripts[0]).toMatch(/^\/_astro\/r\.[\w-]+\.js$/); // the reader's own bundled script, nothing else
    expect(found.dataBlocks.map((d) => d.headline)).toEqual(['<script>alert(1)</script> Hostile']);
    // Link text survives, the javascript:/data: targets do not.
    expect(await page.$$eval('main a[href]', (a) => a.map((x) => x.getAttribute('href')).filter((h) => /^[a-z][a-z0-9+.-]*:/i.test(h!)))).toEqual([]);
  });

  it('answer pages and search excerpts are just as inert', async () => {
    await page.waitForFunction(() => document.querySelectorAll('.share-button').length === document.querySelectorAll('div.turn[id]').length);
    const answers = await page.$$eval('.answer-link', (a) => a.map((x) => x.getAttribute('href')!));
    const from = page.url();
    expect(answers.length).toBeGreaterThanOrEqual(1); // the long answer has a page; a short reply is linked at its anchor
    for (const href of answers) {
      await page.goto(new URL(href, from).href);
      const found = await injected(page);
      expect(found.elements).toBe(0);
      expect(found.scripts).toHaveLength(1);
      expect(found.dataBlocks).toHaveLength(1);
      expect(await page.title()).toContain('<script>alert(1)</script>');
    }
    await page.goto(site);
    await page.fill('#search-input', 'onerror alert');
    await page.waitForSelector('.search-results [role=option]');
    const excerpts = await page.$$eval('.result-excerpt', (e) => e.map((x) => ({ html: x.innerHTML, tags: [...x.querySelectorAll('*')].map((c) => c.tagName) })));
    expect(excerpts.length).toBeGreaterThan(0);
    for (const e of excerpts) expect(e.tags.every((t) => t === 'MARK')).toBe(true);
    expect(excerpts.some((e) => e.html.includes('&lt;img'))).toBe(true);
  });

  it('a right-to-left override in a name turns only that name around', async () => {
    await page.goto(`${site}hostile/`);
    const meta = await page.$eval('.interview-header .meta', (m) => ({ bdi: [...m.querySelectorAll('bdi')].map((b) => b.textContent), html: m.innerHTML }));
    expect(meta.bdi).toContain('Ali \u202Eevil reversed');
    expect(await page.$eval('.turn > b', (s) => getComputedStyle(s).unicodeBidi)).toBe('isolate');
  });

  it('nothing executed and nothing was fetched from elsewhere', () => {
    expect(dialogs).toEqual([]);
    expect(offsite).toEqual([]);
  });

  it('the Content-Security-Policy forbids inline script', async () => {
    await page.goto(`${site}hostile/`);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toMatch(/script-src 'self'( 'wasm-unsafe-eval')?;/);
    expect(csp).not.toContain("'unsafe-inline' 'self'");
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
  });
});
