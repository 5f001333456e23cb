import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { OUTPUT } from '../support/build.ts';
import { axe, BUNDLED, launch, readerPage } from '../support/browser.ts';

/** Dates, the original, print, the 404 page and the archive as data, in the built test site. */
const site = inject('siteUrl');
const siteDir = inject('siteDir');
const { slug: SLUG, transcript: expected } = BUNDLED;
const shots = join(OUTPUT, 'screenshots');

let browser: Browser;
let page: Page;
beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launch();
  ({ page } = await readerPage(browser));
});
afterAll(async () => browser?.close());

describe('dates and the original', () => {
  it('the interview header shows the date and links the original; the home page too, newest first', async () => {
    await page.goto(`${site}${SLUG}/`);
    expect(await page.$eval('.interview-header time', (t) => [t.getAttribute('datetime'), t.textContent])).toEqual(['2025-10-08', 'October 8, 2025']);
    expect(await page.$eval('.interview-header a.original', (a) => [a.textContent, a.getAttribute('href')])).toEqual(['Original', expected.source]);
    await page.screenshot({ path: join(shots, 'interview-header.png'), clip: { x: 0, y: 0, width: 1280, height: 400 } });
    await page.goto(site);
    const dates = await page.$$eval('.card time', (ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort().reverse());
  });
  it('the publisher’s notes in the intro read as notes, not as the interview', async () => {
    await page.goto(`${site}${SLUG}/`);
    const notes = await page.$$eval('.intro p.note', (ps) => ps.map((p) => p.textContent ?? ''));
    expect(notes.some((n) => n.includes('available as a podcast'))).toBe(true);
    expect(notes.some((n) => n.startsWith('Today’s Stratechery Interview'))).toBe(false);
    const [note, preface] = await page.$$eval('.intro p', (ps) => [ps.find((p) => p.classList.contains('note'))!, ps.find((p) => !p.classList.contains('note'))!].map((p) => getComputedStyle(p).color));
    expect(note).not.toBe(preface);
  });
  it('an answer page says when, after where', async () => {
    await page.goto(`${site}${SLUG}/sa-chatgpt-plugins-didnt/`);
    expect(await page.textContent('.breadcrumb')).toMatch(/ · October 8, 2025$/);
  });
});

describe('print', () => {
  it('prints a question no larger than its answer, and the original’s address', async () => {
    await page.goto(`${site}${SLUG}/`);
    await page.emulateMedia({ media: 'print' });
    const sizes = await page.evaluate(() => {
      const px = (sel: string) => parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize);
      return { question: px('.turn.interviewer p'), answer: px('.turn.guest p') };
    });
    expect(sizes.question).toBeLessThanOrEqual(sizes.answer);
    expect(await page.$eval('a.original', (a) => getComputedStyle(a, '::after').content)).toContain('stratechery.com');
    await page.pdf({ path: join(shots, 'interview-print.pdf') });
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('a page that does not exist', () => {
  it('answers 404 with a page to search from or go home, accessible', async () => {
    const r = await page.goto(`${site}no-such-interview/`);
    expect(r!.status()).toBe(404);
    expect(await page.textContent('h1')).toBe('Page not found');
    expect(await page.$eval('form[role=search]', (f) => f.getAttribute('action'))).toBe('/search/');
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: join(shots, '404.png') });
  });
});

describe('the archive as data', () => {
  it('serves each interview as JSON in the shape `inspect` prints, without what was removed', async () => {
    const r = await page.goto(`${site}${SLUG}/transcript.json`);
    expect(r!.headers()['content-type']).toContain('application/json');
    const json = JSON.parse((await r!.text()) ?? '');
    expect(json.title).toBe(expected.title);
    expect(json.date).toBe('2025-10-08');
    expect(json.removed).toBeUndefined();
    expect(json.sections.map((s: { heading: string }) => s.heading)).toEqual(expected.sections.map((s) => s.heading));
    const turns = json.sections.flatMap((s: { turns: unknown[] }) => s.turns);
    expect(turns).toEqual(expected.sections.flatMap((s) => s.turns.map((t) => ({ id: t.id, speaker: t.speaker, role: t.role, paragraphs: t.paragraphs.map((p) => p.text) }))));
  });
  it('an Atom feed lists the interviews with absolute links, newest first', () => {
    const xml = readFileSync(join(siteDir, 'feed.xml'), 'utf8');
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
    const entries = [...xml.matchAll(/<entry><title>([^<]*)<\/title><link rel="alternate" type="text\/html" href="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(entries.length).toBeGreaterThan(5);
    for (const [, href] of entries) expect(href).toMatch(/^http:\/\/127\.0\.0\.1:4390\/[^/]+\/$/);
    expect(entries[0]![1]).toBe(`http://127.0.0.1:4390/${SLUG}/`);
  });
});

describe('link previews and structured data', () => {
  const meta = (p: Page, sel: string) => p.getAttribute(sel, 'content');
  const jsonLd = async (p: Page) => JSON.parse((await p.textContent('script[type="application/ld+json"]'))!);
  /** Width and height from a PNG's IHDR chunk. */
  const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

  it('an interview page names its preview card, a 1200×630 PNG of its title, guest and date, as a large card', async () => {
    await page.goto(`${site}${SLUG}/`);
    const image = await meta(page, 'meta[property="og:image"]');
    expect(image).toBe(`${site}${SLUG}/preview.png`);
    expect(await meta(page, 'meta[name="twitter:card"]')).toBe('summary_large_image');
    const r = await page.request.get(image!);
    expect(r.status()).toBe(200);
    expect(r.headers()['content-type']).toBe('image/png');
    const png = await r.body();
    expect(pngSize(png)).toEqual([1200, 630]);
    const card = page.context();
    const view = await card.newPage();
    await view.setViewportSize({ width: 1200, height: 630 });
    await view.goto(image!);
    await view.screenshot({ path: join(shots, 'preview-card.png') });
    await view.close();
  });

  it('an interview page says what it is in schema.org JSON-LD: the title, date, interviewer, guest and card', async () => {
    await page.goto(`${site}${SLUG}/`);
    expect(await jsonLd(page)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: expected.title,
      datePublished: '2025-10-08',
      image: `${site}${SLUG}/preview.png`,
      author: { '@type': 'Person', name: 'Ben Thompson' },
      contributor: { '@type': 'Person', name: 'Sam Altman' },
    });
  });

  it('an answer page says whose answer it is, to what, in which interview, with the interview’s card', async () => {
    await page.goto(`${site}${SLUG}/sa-chatgpt-plugins-didnt/`);
    const data = await jsonLd(page);
    expect(data.headline).toBe(await page.textContent('h1'));
    expect(data.author).toEqual({ '@type': 'Person', name: 'Sam Altman' });
    expect(data.datePublished).toBe('2025-10-08');
    expect(data.isPartOf).toEqual({ '@type': 'Article', headline: expected.title, url: `${site}${SLUG}/` });
    expect(data.image).toBe(await meta(page, 'meta[property="og:image"]'));
    expect(data.image).toBe(`${site}${SLUG}/preview.png`);
  });

  it('every page’s JSON-LD parses, and no transcript value can end its <script> element', () => {
    const pages: string[] = [];
    const walk = (dir: string) => {
      for (const d of readdirSync(dir, { withFileTypes: true })) {
        if (d.isDirectory()) walk(join(dir, d.name));
        else if (d.name === 'index.html') pages.push(join(dir, d.name));
      }
    };
    walk(siteDir);
    let checked = 0;
    // Interview and answer pages; not the home page, search, the topic index or the answer template's leftovers.
    const interviewPages = pages.filter((f) => !/\/(topics|search)\//.test(f.slice(siteDir.length)) && f !== join(siteDir, 'index.html'));
    expect(interviewPages.length).toBeGreaterThan(50);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => m[1]!);
      for (const b of blocks) {
        expect(b, file).not.toMatch(/[<>]/);
        expect(() => JSON.parse(b), file).not.toThrow();
        checked++;
      }
    }
    // Every interview and answer page has one (the home, search and topic pages do not).
    expect(checked).toBe(interviewPages.length);
    const hostile = readFileSync(join(siteDir, 'hostile', 'index.html'), 'utf8');
    const data = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(hostile)![1]!);
    expect(data.headline).toBe('<script>alert(1)</script> Hostile');
  });
});

describe('play from here', () => {
  it('a turn’s start time links into the audio file at that moment, and plays it in a player on the page', async () => {
    await page.goto(`${site}podcast-export/`);
    const times = await page.$$eval('.turn .time', (t) => t.map((x) => [x.textContent, x.getAttribute('href')]));
    expect(times.slice(0, 3)).toEqual([
      ['0:00', 'https://media.example.org/episodes/bread-at-scale.mp3#t=0'],
      ['0:15', 'https://media.example.org/episodes/bread-at-scale.mp3#t=15'],
      ['0:17', 'https://media.example.org/episodes/bread-at-scale.mp3#t=17'],
    ]);
    expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')).toContain("media-src 'self' https://media.example.org;");
    await page.waitForSelector('.turn .share-button');
    await page.click('.turn .time >> nth=3');
    await page.waitForSelector('.player-bar audio');
    expect(await page.$eval('.player-bar audio', (a) => (a as HTMLAudioElement).src)).toBe('https://media.example.org/episodes/bread-at-scale.mp3');
    expect(new URL(page.url()).pathname).toBe('/podcast-export/'); // played here, not followed
    await page.screenshot({ path: join(shots, 'play-from-here.png') });
  });
  it('a video page opens at the moment; a transcript with times but no recording shows them as text', async () => {
    await page.goto(`${site}timestamped/`);
    expect(await page.$$eval('.turn .time', (t) => t.map((x) => x.getAttribute('href')))).toEqual([
      'https://www.youtube.com/watch?v=OrganWind42&t=0s',
      'https://www.youtube.com/watch?v=OrganWind42&t=35s',
      'https://www.youtube.com/watch?v=OrganWind42&t=75s',
      'https://www.youtube.com/watch?v=OrganWind42&t=79s',
    ]);
    expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')).not.toContain('media-src');
  });
});

describe('the search panel', () => {
  it('closes on a click outside and on Escape', async () => {
    await page.goto(`${site}${SLUG}/`);
    await page.fill('#search-input', 'Sora');
    await page.waitForFunction(() => document.querySelector('.search-status')?.getAttribute('data-for') === 'Sora');
    expect(await page.isVisible('.search-panel')).toBe(true);
    await page.mouse.click(640, 600);
    expect(await page.isVisible('.search-panel')).toBe(false);
    await page.focus('#search-input');
    expect(await page.isVisible('.search-panel')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.isVisible('.search-panel')).toBe(false);
  });
});

describe('answer pages', () => {
  it('exist only for answers of some length; short replies are shared at their anchor', async () => {
    const { hasOwnPage } = await import('../../src/lib/answers.ts');
    const turns = expected.sections.flatMap((s) => s.turns).filter((t) => t.role === 'guest');
    const short = turns.filter((t) => !hasOwnPage(t.paragraphs.map((p) => p.text).join(' ')));
    expect(short.length).toBeGreaterThan(0);
    for (const t of short) expect((await page.goto(`${site}${SLUG}/${t.id}/`))!.status()).toBe(404);
    await page.goto(`${site}${SLUG}/`);
    await page.waitForSelector(`#${short[0]!.id} .share-button`);
    expect(await page.$$(`#${short[0]!.id} .answer-link`)).toHaveLength(0);
  });
  it('lead to the answers before and after, with the question and the answer in view together', async () => {
    const { answersOf } = await import('../../src/lib/answers.ts');
    const { toCollections } = await import('../../src/loader/entries.ts');
    const c = toCollections(expected);
    const answers = answersOf(c.transcripts[0]!.data, c.turns.map((t) => t.data));
    const mid = answers[5]!;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${site}${SLUG}/${mid.answer.anchor}/`);
    expect(await page.getAttribute('a[rel=prev]', 'href')).toBe(`/${SLUG}/${mid.previous!.anchor}/`);
    expect(await page.getAttribute('a[rel=next]', 'href')).toBe(`/${SLUG}/${mid.next!.anchor}/`);
    const inView = await page.evaluate(() => ['.question', '.turn.guest p'].map((s) => document.querySelector(s)!.getBoundingClientRect().top < innerHeight));
    expect(inView).toEqual([true, true]);
    await page.screenshot({ path: join(shots, 'answer-page.png') });
    await page.goto(`${site}${SLUG}/${answers[0]!.answer.anchor}/`);
    expect(await page.textContent('a[rel=prev]')).toBe('← The whole interview');
    expect(await axe(page)).toEqual([]);
  });
});

describe('on a phone', () => {
  it('a slim bar stays at the top mid-read, naming the section and keeping search in reach; no "/" hint', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce', bypassCSP: true });
    const p = await phone.newPage();
    await p.goto(`${site}${SLUG}/`);
    await p.waitForSelector('.current-section');
    expect(await p.getAttribute('#search-input', 'placeholder')).toBe('Search answers');
    const section = expected.sections[3]!;
    await p.evaluate((id) => document.getElementById(id)!.scrollIntoView(), section.turns[1]!.id);
    await p.waitForFunction((h) => document.querySelector('.current-section')?.textContent === h, section.heading);
    const bar = await p.$eval('.site-header', (h) => ({ top: h.getBoundingClientRect().top, height: h.getBoundingClientRect().height }));
    expect(bar.top).toBe(0);
    expect(bar.height).toBeLessThanOrEqual(56);
    expect(await p.isVisible('#search-input')).toBe(true);
    await p.screenshot({ path: join(shots, 'phone-bar.png') });
    await p.click('.current-section');
    expect(await p.$eval('.toc details', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await axe(p)).toEqual([]);
    await phone.close();
  });
});

describe('landing from a search', () => {
  const luminance = (rgb: string) => {
    const [r, g, b] = rgb.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x! + 0.05) / (y! + 0.05);
  };
  for (const scheme of ['light', 'dark'] as const) {
    it(`marks the searched words whole, with 3:1 against the answer's panel (${scheme})`, async () => {
      const ctx = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 800 } });
      const p = await ctx.newPage();
      await p.goto(`${site}${SLUG}/?highlight=${encodeURIComponent('Jony Ive')}#bt-curious-hardware-regard`);
      await p.waitForSelector('#bt-curious-hardware-regard mark');
      const marks = await p.$$eval('#bt-curious-hardware-regard mark', (m) => m.map((x) => x.textContent));
      expect(marks).toEqual(['Jony', 'Ive']);
      const colors = await p.$eval('#bt-curious-hardware-regard mark', (m) => ({ line: getComputedStyle(m).boxShadow, panel: getComputedStyle(m.closest('.turn')!).backgroundColor }));
      expect(contrast(colors.line, colors.panel)).toBeGreaterThanOrEqual(3);
      await p.screenshot({ path: join(shots, `landing-${scheme}.png`) });
      await ctx.close();
    });
  }
});
