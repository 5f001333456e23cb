import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { OUTPUT } from '../support/build.ts';
import { axe, BUNDLED, launch, readerPage } from '../support/browser.ts';

const site = inject('siteUrl');
const { slug: SLUG, transcript: expected } = BUNDLED;
const shots = join(OUTPUT, 'screenshots');

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launch();
  ({ context, page } = await readerPage(browser));
});
afterAll(async () => browser?.close());

const headerHeight = (p: Page) => p.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().height);

describe('the interview page', () => {
  it('shows every section and turn of the bundled interview, in order, with the right speaker', async () => {
    await page.goto(`${site}${SLUG}/`);
    const turns = await page.$$eval('div.turn[id]', (els) =>
      els.map((el) => ({ id: el.id, speaker: el.querySelector(':scope > b')!.textContent, text: [...el.querySelectorAll('p')].map((p) => p.textContent) })),
    );
    const want = expected.sections.flatMap((s) => s.turns.map((t) => ({ id: t.id, speaker: t.speaker, text: t.paragraphs.map((p) => p.text) })));
    expect(turns).toEqual(want);
    const headings = await page.$$eval('.section h2', (els) => els.map((h) => [h.id, h.textContent]));
    expect(headings).toEqual(expected.sections.map((s) => [s.id, s.heading]));
    expect(await page.$$eval('h1', (h) => h.map((x) => x.textContent))).toEqual([expected.title]);
    const outro = await page.$$eval('.outro p', (ps) => ps.map((p) => p.textContent));
    expect(outro).toEqual(expected.outro.map((p) => p.text));
  });

  it('tells interviewer and guest apart by layout and type, not colour alone', async () => {
    await page.goto(`${site}${SLUG}/`);
    const style = (id: string) =>
      page.$eval(`#${id}`, (el) => {
        const s = getComputedStyle(el);
        return { border: s.borderLeftWidth, fontStyle: getComputedStyle(el.querySelector('p')!).fontStyle };
      });
    const q = await style(expected.sections[0]!.turns[0]!.id);
    const a = await style(expected.sections[0]!.turns[1]!.id);
    expect(q).toEqual({ border: '4px', fontStyle: 'italic' });
    expect(a).toEqual({ border: '0px', fontStyle: 'normal' });
  });

  it('TOC links land on their sections, below the sticky header', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${site}${SLUG}/`);
    const header = await headerHeight(page);
    for (const s of expected.sections) {
      await page.click(`.toc a[href="#${s.id}"]`);
      await page.waitForFunction((id) => {
        const r = document.getElementById(id)!.getBoundingClientRect();
        return Math.abs(r.top - (document.querySelector('.site-header')!.getBoundingClientRect().height + 16)) < 40;
      }, s.id);
      expect(new URL(page.url()).hash).toBe(`#${encodeURIComponent(s.id)}`);
      const top = await page.$eval(`#${s.id}`, (el) => el.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(header);
    }
  });

  it('marks the section being read in the TOC', async () => {
    await page.goto('about:blank');
    await page.goto(`${site}${SLUG}/#sora`);
    await page.waitForFunction(() => document.querySelector('.toc a[href="#sora"]')?.getAttribute('aria-current') === 'true');
    expect(await page.$$eval('.toc a[aria-current="true"]', (a) => a.map((x) => x.getAttribute('href')))).toEqual(['#sora']);
  });

  it('opening an answer URL scrolls it into view below the header and highlights it', async () => {
    const answer = expected.sections[5]!.turns[1]!;
    await page.goto('about:blank');
    await page.goto(`${site}${SLUG}/#${answer.id}`);
    await page.waitForTimeout(300);
    const box = await page.$eval(`#${answer.id}`, (el) => ({ top: el.getBoundingClientRect().top, bg: getComputedStyle(el).backgroundColor, target: el.matches(':target') }));
    expect(box.target).toBe(true);
    // The question it answers is in view above it, below the header, and so is the answer's start.
    const header = await headerHeight(page);
    const question = await page.$eval(`#${expected.sections[5]!.turns[0]!.id}`, (el) => ({ top: el.getBoundingClientRect().top, bottom: el.getBoundingClientRect().bottom }));
    // All of a short question, or the last lines of a long one.
    expect(question.bottom).toBeGreaterThanOrEqual(header + 60);
    if (question.bottom - question.top < 300) expect(question.top).toBeGreaterThanOrEqual(header - 1);
    expect(box.top).toBeGreaterThan(question.top);
    expect(box.top + 80).toBeLessThan(800);
    expect(box.bg).not.toBe('rgba(0, 0, 0, 0)');
    const other = await page.$eval(`#${expected.sections[5]!.turns[0]!.id}`, (el) => getComputedStyle(el).backgroundColor);
    expect(other).not.toBe(box.bg);
  });

  it('on a phone, an answer URL shows the speaker\'s name: the header does not cover it', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce', isMobile: true, hasTouch: true });
    const p = await phone.newPage();
    const answer = expected.sections[1]!.turns[1]!;
    await p.goto(`${site}${SLUG}/#${answer.id}`);
    await p.waitForTimeout(300);
    const seen = await p.$eval(`#${answer.id} > b`, (el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + 2, r.top + r.height / 2);
      return { top: r.top, onTop: hit === el || el.contains(hit) };
    });
    expect(seen.top).toBeGreaterThanOrEqual(0);
    expect(seen.top).toBeLessThan(844 * 0.6); // under the end of its question
    expect(seen.onTop).toBe(true);
    await phone.close();
  });

  it('an unknown fragment still lands on the page top', async () => {
    await page.goto('about:blank');
    await page.goto(`${site}${SLUG}/#no-such-answer`);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.title()).toBe(expected.title);
  });

  it('one Share per turn, visible, 24px or more, that puts one address on the clipboard and says so', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site).origin });
    await page.goto(`${site}${SLUG}/`);
    const answer = expected.sections[1]!.turns[1]!;
    const question = expected.sections[1]!.turns[0]!;
    await page.waitForSelector(`#${answer.id} .share-button`);
    const controls = await page.$$eval(`#${answer.id} :is(.share-button, .answer-link, b a)`, (els) => els.map((e) => ({ text: e.textContent, height: e.getBoundingClientRect().height, visible: getComputedStyle(e).opacity !== '0' && getComputedStyle(e).visibility !== 'hidden' })));
    expect(controls.map((c) => c.text)).toEqual([answer.speaker, 'Answer page', 'Share']);
    for (const c of controls.slice(1)) expect(c.height, c.text!).toBeGreaterThanOrEqual(24);
    expect(controls.every((c) => c.visible)).toBe(true);
    expect(await page.$eval(`#${answer.id} > b a`, (a) => getComputedStyle(a, '::after').content)).toBe('" #"');
    await page.click(`#${answer.id} .share-button`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site}${SLUG}/${answer.id}/`);
    await page.waitForFunction(() => document.getElementById('announcer')?.textContent === 'Link copied to the clipboard');
    await page.click(`#${question.id} .share-button`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site}${SLUG}/#${question.id}`);
    await page.locator(`#${answer.id}`).screenshot({ path: join(shots, 'share-controls.png') });
  });

  it('Copy quote: selected words, with who said them, the interview and the link', async () => {
    await page.goto(`${site}${SLUG}/`);
    const answer = expected.sections[1]!.turns[1]!;
    await page.waitForSelector(`#${answer.id} .share-button`);
    const words = await page.evaluate((id) => {
      const p = document.querySelector(`#${id} p`)!;
      const text = p.firstChild!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, Math.min(40, text.textContent!.length));
      const sel = getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return sel.toString();
    }, answer.id);
    await page.waitForSelector('.quote-button:not([hidden])');
    await page.screenshot({ path: join(shots, 'copy-quote.png') });
    await page.click('.quote-button');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`“${words.replace(/\s+/g, ' ').trim()}” — ${answer.speaker}, ${expected.title}\n${site}${SLUG}/${answer.id}/`);
  });

  it('j and k move between turns from the keyboard', async () => {
    await page.goto(`${site}${SLUG}/`);
    const turns = expected.sections.flatMap((s) => s.turns);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(turns[2]!.id);
    await page.keyboard.press('k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(turns[1]!.id);
    expect(new URL(page.url()).hash).toBe(`#${turns[1]!.id}`);
  });

  it('keyboard only: the skip link is first and visible on focus; permalinks show on focus', async () => {
    await page.goto(`${site}${SLUG}/`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({ text: document.activeElement?.textContent, top: document.activeElement!.getBoundingClientRect().top }));
    expect(skip.text).toBe('Skip to content');
    expect(skip.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    const id = expected.sections[0]!.turns[1]!.id;
    await page.waitForSelector(`#${id} > b a`); // the name becomes the permalink once the script has run
    await page.focus(`#${id} > b a`);
    expect(await page.$eval(`#${id} > b a`, (a) => [getComputedStyle(a, '::after').content, a.getAttribute('href')])).toEqual(['" #"', `#${id}`]);
  });

  it('reads completely with JavaScript disabled', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(`${site}${SLUG}/`);
    expect(await p.$$eval('div.turn[id]', (els) => els.length)).toBe(expected.sections.reduce((n, s) => n + s.turns.length, 0));
    expect(await p.$$eval('.toc a', (a) => a.length)).toBe(expected.sections.length);
    await p.click('.toc a[href="#copyright-and-ai"]');
    expect(new URL(p.url()).hash).toBe('#copyright-and-ai');
    expect(await p.$$eval('.share-button, .copy-link', (b) => b.length)).toBe(0); // no dead buttons without JS
    await ctx.close();
  });

  it('prints without site chrome and keeps every speaker name', async () => {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.goto(`${site}${SLUG}/`);
    await p.emulateMedia({ media: 'print' });
    const shown = (sel: string) => p.$$eval(sel, (els) => els.map((el) => getComputedStyle(el).display !== 'none'));
    expect(await shown('.site-header, .site-footer, .toc, .skip-link')).toEqual([false, false, false, false]);
    const names = await p.$$eval('div.turn[id] > b', (els) => els.filter((el) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0).length);
    expect(names).toBe(expected.sections.reduce((n, s) => n + s.turns.length, 0));
    await ctx.close();
  });

  it('takes screenshots: light, dark and phone width', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await ctx.newPage();
    await p.goto(`${site}${SLUG}/`);
    await p.screenshot({ path: join(shots, 'interview-light.png') });
    await p.emulateMedia({ colorScheme: 'dark' });
    await p.screenshot({ path: join(shots, 'interview-dark.png') });
    await p.emulateMedia({ colorScheme: 'light' });
    await p.goto(`${site}${SLUG}/#${expected.sections[0]!.turns[5]!.id}`);
    await p.screenshot({ path: join(shots, 'interview-turns-light.png') });
    await ctx.close();
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    const q = await phone.newPage();
    await q.goto(`${site}${SLUG}/#${expected.sections[1]!.turns[1]!.id}`);
    await q.screenshot({ path: join(shots, 'interview-phone.png') });
    expect(await q.$eval('.toc', (el) => getComputedStyle(el).position)).not.toBe('sticky'); // not pinned on phones
    expect(await q.$eval('.toc details', (el) => (el as HTMLDetailsElement).open)).toBe(false); // collapsed
    // The answer starts in the upper part of the screen, under the end of its question.
    expect(await q.$eval(`#${expected.sections[1]!.turns[1]!.id}`, (el) => el.getBoundingClientRect().top)).toBeLessThan(844 * 0.6);
    await phone.close();
  });
});

describe('answer pages', () => {
  const section = expected.sections[5]!;
  const answer = section.turns[1]!;
  it('have their own title, description, canonical URL and Open Graph / Twitter meta, and link back', async () => {
    await page.goto(`${site}${SLUG}/${answer.id}/`);
    const meta = await page.evaluate(() => {
      const m = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? document.querySelector(sel)?.getAttribute('href');
      return {
        title: document.title,
        description: m('meta[name=description]'),
        canonical: m('link[rel=canonical]'),
        ogTitle: m('meta[property="og:title"]'),
        ogUrl: m('meta[property="og:url"]'),
        ogDescription: m('meta[property="og:description"]'),
        twitter: m('meta[name="twitter:card"]'),
      };
    });
    // Headed, and titled, by what was asked: the question's own question.
    const h1 = await page.textContent('h1');
    expect(section.turns[0]!.paragraphs.map((p) => p.text).join(' ')).toContain(h1!.replace(/…$/, ''));
    expect(h1).toMatch(/\?$/);
    expect(meta.title).toMatch(new RegExp(`^${h1!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').slice(0, 40)}`));
    expect(meta.title).toContain(' — Sam Altman · ');
    expect(meta.title).toContain(expected.title);
    expect(meta.ogTitle).toBe(meta.title);
    expect(meta.canonical).toBe(`http://127.0.0.1:4390/${SLUG}/${answer.id}/`);
    expect(meta.ogUrl).toBe(meta.canonical);
    expect(meta.description).toBe(meta.ogDescription);
    expect(answer.paragraphs[0]!.text.startsWith(meta.description!.replace(/…$/, '').slice(0, 100))).toBe(true);
    // A large card: the interview's preview card (tests/browser/sharing.test.ts draws it).
    expect(meta.twitter).toBe('summary_large_image');
    expect(await page.getAttribute('meta[property="og:image"]', 'content')).toBe(`http://127.0.0.1:4390/${SLUG}/preview.png`);
    const question = await page.$$eval('.question p', (ps) => ps.map((p) => p.textContent).join(''));
    expect(question).toBe(section.turns[0]!.paragraphs.map((p) => p.text).join(''));
    await page.click('text=Read in context');
    expect(page.url()).toBe(`${site}${SLUG}/#${answer.id}`);
    expect(await page.$eval(`#${answer.id}`, (el) => el.matches(':target'))).toBe(true);
  });
});

describe('a second interview in another label style (**Q:** / **A:**)', () => {
  it('renders with the names from its front matter', async () => {
    await page.goto(`${site}podcast-qa/`);
    const speakers = await page.$$eval('div.turn[id] > b', (els) => [...new Set(els.map((e) => e.textContent))]);
    expect(speakers).toEqual(['Maya Chen', 'Tomas Lindqvist']);
    expect(await page.$$eval('div.turn.guest', (e) => e.length)).toBe(7);
  });
  it('is listed on the home page with guest, interviewer and counts', async () => {
    await page.goto(site);
    const cards = await page.$$eval('.card', (els) => els.map((e) => e.textContent!.replace(/\s+/g, ' ')));
    expect(cards.some((c) => c.includes('Tomas Lindqvist on Building Quiet Software') && c.includes('With Tomas Lindqvist') && c.includes('by Maya Chen') && c.includes('3 sections'))).toBe(true);
    expect(cards.some((c) => c.includes(expected.title) && c.includes('8 sections'))).toBe(true);
  });
});

describe('an answer holding a table wider than a phone (GFM’s `| Bridge type | Inspected |`)', () => {
  it('shows a table with its header and aligned numbers, scrolling within the answer, not the page; no axe violations', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, bypassCSP: true });
    const p = await phone.newPage();
    await p.goto(`${site}table-answer/`);
    const t = await p.$eval('div.turn.guest table', (table) => ({
      headers: [...table.querySelectorAll('th')].map((th) => th.textContent),
      rows: table.querySelectorAll('tbody tr').length,
      // (A count, `|----------:|`, set to the right of its cell.)
      inspected: (() => {
        const td = table.querySelector('tbody td:nth-child(2)')!;
        const words = document.createRange();
        words.selectNodeContents(td);
        const [box, text] = [td.getBoundingClientRect(), words.getBoundingClientRect()];
        return box.right - text.right < text.left - box.left ? 'right' : 'left';
      })(),
      // (In its own box, which the keyboard reaches: a region named "Table".)
      scrolls: table.parentElement!.scrollWidth > table.parentElement!.clientWidth && table.parentElement!.tabIndex === 0 && table.parentElement!.getAttribute('aria-label') === 'Table',
      within: table.parentElement!.getBoundingClientRect().right <= window.innerWidth,
    }));
    expect(t).toEqual({ headers: ['Bridge type', 'Inspected', 'Failed', 'Most common cause of failure recorded by the inspectors in the field'], rows: 3, inspected: 'right', scrolls: true, within: true });
    expect(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await axe(p)).toEqual([]);
    await phone.close();
  });
  it('its rules come only with a page that has a table: the bundled interview carries none', async () => {
    await page.goto(`${site}${SLUG}/`);
    expect(await page.$$eval('style', (els) => els.some((e) => e.textContent!.includes('.turn table')))).toBe(false);
    await page.goto(`${site}table-answer/`);
    expect(await page.$$eval('head style', (els) => els.some((e) => e.textContent!.includes('.turn table')))).toBe(true);
  });
});

describe('an interview in a language written right to left (Arabic, no `lang:` given)', () => {
  it('reads from the right: the page’s language and direction, the interviewer’s mark on the right, no axe violations', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${site}interview-ar/`);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    const turns = await page.$$eval('div.turn[id]', (els) =>
      els.slice(0, 2).map((el) => {
        const s = getComputedStyle(el);
        const p = el.querySelector('p')!;
        const box = p.getBoundingClientRect();
        // (The paragraph's last line, shorter than the rest: it starts at the right edge.)
        const text = document.createRange();
        text.selectNodeContents(p);
        const line = [...text.getClientRects()].at(-1)!;
        return { speaker: el.querySelector(':scope > b')!.textContent, right: s.borderRightWidth, left: s.borderLeftWidth, direction: getComputedStyle(p).direction, hugsRight: box.right - line.right < line.left - box.left };
      }),
    );
    expect(turns).toEqual([
      { speaker: 'توم بيكر', right: '4px', left: '0px', direction: 'rtl', hugsRight: true },
      { speaker: 'ماريا لوبيز', right: '0px', left: '0px', direction: 'rtl', hugsRight: true },
    ]);
    expect(await axe(page)).toEqual([]);
  });
  it('keeps its title’s language and direction in the list of interviews on the home page', async () => {
    await page.goto(site);
    const heading = (slug: string) => page.$eval(`.card h2:has(a[href$="/${slug}/"])`, (h) => [h.getAttribute('lang'), h.getAttribute('dir'), getComputedStyle(h).direction]);
    expect(await heading('interview-ar')).toEqual(['ar', 'rtl', 'rtl']);
    expect(await heading('interview-de')).toEqual(['de', 'ltr', 'ltr']);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
  });
});

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, path] of [
      ['home', ''],
      ['interview', `${SLUG}/`],
      ['answer', `${SLUG}/${expected.sections[5]!.turns[1]!.id}/`],
      ['topic index', 'topics/'],
      ['topic', 'topics/chatgpt/'],
    ] as const) {
      it(`${name} page, ${scheme}: no violations`, async () => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${site}${path}`);
        expect(await axe(page)).toEqual([]);
      });
    }
  }
});
