import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../support/browser.ts';

const site = inject('siteUrl');
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launch();
  const ctx = await browser.newContext({ reducedMotion: 'reduce' });
  page = await ctx.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
});
afterAll(async () => browser?.close());

async function search(q: string) {
  await page.fill('#search-input', q);
  // reader.js marks the status with the query once that query's results are rendered.
  await page.waitForFunction((query) => document.querySelector('.search-status')?.getAttribute('data-for') === query, q);
  return page.$$eval('.search-results [role=option]', (els) =>
    els.map((el) => ({
      kind: (el as HTMLElement).dataset.kind,
      href: el.querySelector('a')!.getAttribute('href')!,
      speaker: el.querySelector('.result-speaker')!.textContent,
      where: el.querySelector('.result-where')!.textContent,
      excerpt: el.querySelector('.result-excerpt')!.innerHTML,
    })),
  );
}

describe('search', () => {
  it('finds an interview in German from a page in English, and survives a malformed fragment', async () => {
    await page.goto(`${site}stratechery-altman-2025/#%E0%A4%A`);
    const results = await search('Nebelhörner');
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]!.href).toMatch(/^\/interview-de\/\?highlight=Nebelh%C3%B6rner#ga-/);
    expect(results[0]!.speaker).toBe('Greta Albers');
  });

  it('finds a Chinese phrase, shows it as written, and marks it on arrival; the page is in Chinese', async () => {
    await page.goto(`${site}stratechery-altman-2025/`);
    const results = await search('慢生活');
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]!.href).toMatch(/^\/interview-zh\/\?highlight=/);
    expect(results[0]!.speaker).toBe('林秋月');
    // The index holds the characters apart; the excerpt shows the text as written, the phrase marked.
    expect(results[0]!.excerpt.replace(/<\/?mark>/g, '')).toContain('慢生活不是口号');
    expect(results[0]!.excerpt).not.toMatch(/[\u4e00-\u9fff](<\/?mark>)* (<\/?mark>)*[\u4e00-\u9fff]/u);
    await page.click('.search-results [role=option] a >> nth=0');
    await page.waitForURL(/interview-zh/);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.$eval(`[id="${id}"]`, (el) => [...el.querySelectorAll('mark')].map((m) => m.textContent))).toContain('慢生活');
    expect(await page.getAttribute('html', 'lang')).toBe('zh');
  });

  it('finds a Thai word inside text written without spaces, shows it as written, and marks it on arrival', async () => {
    await page.goto(`${site}stratechery-altman-2025/`);
    // "Farmers": written against the words before and after it, found by the browser's word segmenter.
    const results = await search('เกษตรกร');
    expect(results[0]?.href).toMatch(/^\/interview-th\/\?highlight=/);
    expect(results[0]!.speaker).toBe('สุดา');
    expect(results[0]!.excerpt).toContain('มาจาก<mark>เกษตรกร</mark>บนดอย');
    // Two words, found as the turn that holds them both.
    const both = await search('ไฟฟ้า กระดาษกรอง');
    expect(both[0]!.excerpt.replace(/<\/?mark>/g, '')).toContain('ไม่มีไฟฟ้า');
    await page.goto(`${site}stratechery-altman-2025/`);
    await search('เกษตรกร');
    await page.click('.search-results [role=option] a >> nth=0');
    await page.waitForURL(/interview-th/);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.$eval(`[id="${id}"]`, (el) => [...el.querySelectorAll('mark')].map((m) => m.textContent))).toEqual(['เกษตรกร']);
    expect(await page.getAttribute('html', 'lang')).toBe('th');
  });

  it('finds a French word after its elided article', async () => {
    await page.goto(`${site}stratechery-altman-2025/`);
    const results = await search('hybridation');
    expect(results[0]?.href).toMatch(/^\/interview-fr\//);
    expect(results[0]!.excerpt).toContain('l’<mark>hybridation</mark>');
  });

  it('loads no search code or index before the reader starts searching', async () => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto(`${site}stratechery-altman-2025/`);
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((u) => u.includes('pagefind'))).toEqual([]);
    page.removeAllListeners('request');
  });

  it('finds the answer about a topic, with speaker, section and a marked excerpt', async () => {
    await page.goto(`${site}stratechery-altman-2025/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    const results = await search('TSMC capacity');
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]!.speaker).toBe('Sam Altman');
    expect(results[0]!.where).toContain('Infrastructure Deals');
    expect(results[0]!.href).toMatch(/^\/stratechery-altman-2025\/\?highlight=TSMC%20capacity#sa-/);
    expect(results[0]!.excerpt).toMatch(/<mark>TSMC<\/mark>/);
  });

  it('Enter on the first result lands on that answer, highlighted, with the terms marked; Back returns', async () => {
    await page.goto(`${site}stratechery-altman-2025/`);
    const results = await search('Zillow');
    await page.focus('#search-input');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/highlight=Zillow/);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(`#${id}`).toBe(new URL(results[0]!.href, site).hash);
    const target = await page.$eval(`#${id}`, (el) => ({ cls: el.className, marks: [...el.querySelectorAll('mark')].map((m) => m.textContent), top: el.getBoundingClientRect().top }));
    expect(target.cls).toContain('is-target');
    expect(target.marks.length).toBeGreaterThan(0);
    expect(target.marks.every((m) => m!.toLowerCase() === 'zillow')).toBe(true);
    expect(target.top).toBeGreaterThanOrEqual(0);
    await page.goBack();
    expect(page.url()).toBe(`${site}stratechery-altman-2025/`);
  });

  it('a result in a talk given as one turn shows the sentence of its best passage, and lands on that paragraph', async () => {
    await page.goto(`${site}long-talk/`);
    const results = await search('pelican migration');
    expect(results[0]!.href).toBe('/long-talk/?highlight=pelican%20migration#tb-spent-first-part');
    // The matched sentence is the one with both words, not the first mention, many paragraphs up.
    expect(results[0]!.excerpt).toContain('<mark>pelican</mark> <mark>migration</mark>');
    await page.focus('#search-input');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/highlight=pelican/);
    await page.waitForLoadState('load');
    await page.waitForTimeout(100);
    const seen = await page.$$eval('#tb-spent-first-part p', (ps) =>
      ps.map((p) => ({ marks: p.querySelectorAll('mark').length, top: p.getBoundingClientRect().top, bottom: p.getBoundingClientRect().bottom })),
    );
    const best = seen.find((p) => p.marks === 2)!;
    expect(best.top).toBeGreaterThanOrEqual(0);
    expect(best.bottom).toBeLessThanOrEqual(await page.evaluate(() => innerHeight));
    // The talk's opening, where the word is first mentioned alone, is out of view above.
    expect(seen.find((p) => p.marks === 1)!.bottom).toBeLessThan(0);
    // Without a search, a link to the talk opens at its start.
    await page.goto('about:blank');
    await page.goto(`${site}long-talk/#tb-spent-first-part`);
    await page.waitForTimeout(300);
    const top = await page.$eval('#tb-spent-first-part', (el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(400);
  });

  it('the speaker filter narrows results', async () => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto(`${site}stratechery-altman-2025/`);
    // Unfiltered, the guest's answers come first (a question that repeats the words ranks lower).
    const all = (await search('ChatGPT')).filter((r) => r.kind === 'turn');
    expect(all[0]!.speaker).toBe('Sam Altman');
    // The menus list every speaker and interview, but Pagefind's filter index stays unloaded until
    // a filter is picked: once loaded, Pagefind counts results per filter value on every search.
    const speakers = await page.$$eval('select[data-filter="speaker"] option', (o) => o.map((x) => x.textContent));
    expect(speakers).toEqual(expect.arrayContaining(['Anyone', 'Ben Thompson', 'Sam Altman', 'Maya Chen']));
    const interviews = await page.$$eval('select[data-filter="interview"] option', (o) => o.length);
    expect(interviews).toBeGreaterThan(3);
    expect(fetched.filter((u) => u.includes('/pagefind/filter/'))).toEqual([]);
    page.removeAllListeners('request');
    await page.selectOption('select[data-filter="speaker"]', 'Ben Thompson');
    await page.waitForFunction(() => [...document.querySelectorAll('.result-speaker')].every((e) => e.textContent === 'Ben Thompson'));
    const narrowed = await page.$$eval('.result-speaker', (e) => e.map((x) => x.textContent));
    expect(await page.$$eval('[role=option]', (e) => e.map((x) => (x as HTMLElement).dataset.kind))).toEqual(narrowed.map(() => 'turn'));
    expect(narrowed.length).toBeGreaterThan(0);
    expect(new Set(narrowed)).toEqual(new Set(['Ben Thompson']));
  });

  it('loads the interview that holds the query as a phrase before those that hold its words apart', async () => {
    await page.goto(site);
    const results = await search('almost everyone');
    expect(results[0]!.href).toMatch(/^\/podcast-qa\/\?highlight=almost%20everyone#a-defaults-most-people$/);
    // Pagefind alone ranks two longer interviews, which say "almost" and "everyone" apart, above it.
    // (A string, so that the test runner does not rewrite the page's import.)
    const byPagefind = await page.evaluate<string[]>(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      const found = (await pf.search('almost everyone')).results;
      return Promise.all(found.slice(0, 2).map(async (r) => (await r.data()).url));
    })()`);
    expect(byPagefind).not.toContain('/podcast-qa/');
    expect(byPagefind).toHaveLength(2);
  });

  it('searches across interviews', async () => {
    await page.goto(site);
    const results = await search('capacity');
    const interviews = new Set(results.map((r) => r.href.split('/')[1]));
    expect(interviews).toContain('stratechery-altman-2025');
    expect(interviews).toContain('chipmaker-initials');
  });

  it('loads two interviews per query, and more, ten results at a time, on "More results"', async () => {
    await page.goto(site);
    const fetched: string[] = [];
    page.on('request', (r) => r.url().includes('/pagefind/fragment/') && fetched.push(r.url()));
    // Every interview says "and", the bundled one in far more than ten turns.
    const first = await search('and');
    expect(fetched).toHaveLength(2);
    expect(first).toHaveLength(10);
    expect(await page.textContent('.search-status')).toMatch(/^\d+ results in the 2 best-matching of \d+ interviews$/);
    // More results keeps the first ten, in order, and appends ten more without repeating any.
    await page.click('.search-more');
    await page.waitForFunction(() => document.querySelectorAll('.search-results [role=option]').length === 20);
    const all = await page.$$eval('.search-results [role=option] a', (els) => els.map((a) => a.getAttribute('href')!));
    expect(all.slice(0, 10)).toEqual(first.map((r) => r.href));
    expect(new Set(all).size).toBe(20);
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.id)).toBe('search-result-10');
    // "still" is said in a few turns of several interviews: asking for more loads them all, then the button goes.
    await page.goto(site); // Pagefind keeps the documents it loaded: start afresh
    fetched.length = 0;
    const rare = await search('still');
    expect(fetched).toHaveLength(2);
    const count = rare.length;
    for (let i = 0; i < 5 && (await page.isVisible('.search-more')); i++) {
      await page.click('.search-more');
      await page.waitForFunction(() => !(document.querySelector('.search-more') as HTMLButtonElement).disabled);
    }
    expect(await page.isVisible('.search-more')).toBe(false);
    expect(await page.textContent('.search-status')).not.toMatch(/best-matching/);
    const everything = await page.$$eval('.search-results [role=option] a', (els) => els.map((a) => a.getAttribute('href')!.split('/')[1]));
    expect(everything.length).toBeGreaterThan(count);
    // Every interview Pagefind finds "still" in, and each document fetched once.
    const holding = await page.evaluate<number>(`import('/pagefind/pagefind.js').then(async (pf) => (await pf.search('still')).results.length)`);
    expect(holding).toBeGreaterThan(2);
    expect(new Set(everything).size).toBe(holding);
    expect(new Set(fetched).size).toBe(fetched.length);
    page.removeAllListeners('request');
  });

  it('Esc clears the query and closes the results', async () => {
    await page.goto(site);
    expect((await search('Sora')).length).toBeGreaterThan(0);
    await page.focus('#search-input');
    await page.keyboard.press('Escape');
    expect(await page.inputValue('#search-input')).toBe('');
    expect(await page.$eval('.search-panel', (el) => (el as HTMLElement).hidden)).toBe(true);
    expect(await page.getAttribute('#search-input', 'aria-expanded')).toBe('false');
  });

  it('reads a word no interview holds as the spelling one slip away that one does (`pellican`: `pelican`), says so, and marks it on arrival', async () => {
    await page.goto(site);
    const results = await search('pellican');
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]!.href).toMatch(/^\/long-talk\/\?highlight=pelican#/);
    expect(results[0]!.excerpt).toContain('<mark>pelican</mark>');
    expect(await page.textContent('.search-status')).toMatch(/for “pelican” \(no answer mentions “pellican”\)/);
    await page.click('.search-results [role=option] a >> nth=0');
    await page.waitForURL(/long-talk\/\?highlight=pelican/);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.$eval(`[id="${id}"]`, (el) => [...el.querySelectorAll('mark')].map((m) => m.textContent))).toContain('pelican');
  });

  it('says so when nothing matches', async () => {
    await page.goto(site);
    expect(await search('xylophonequartz')).toEqual([]);
    expect(await page.textContent('.search-status')).toBe('No answers mention “xylophonequartz”.');
  });

  it('the topic index links each topic to answers that contain it', async () => {
    await page.goto(`${site}topics/`);
    const topics = await page.$$eval('.topic', (els) =>
      els.map((el) => ({
        name: el.querySelector('dt')!.textContent!,
        links: [...el.querySelectorAll('li a')].map((a) => a.getAttribute('href')!),
        all: el.querySelector('a.all-mentions')?.getAttribute('href') ?? null,
        allText: el.querySelector('a.all-mentions')?.textContent ?? null,
      })),
    );
    const names = topics.map((t) => t.name);
    for (const n of ['TSMC', 'Nvidia', 'AMD', 'Jony Ive', 'Zillow', 'Instagram']) expect(names).toContain(n);
    for (const noise of ['Yeah', 'So', 'I', 'The', 'But', 'Well']) expect(names).not.toContain(noise);
    const landsOnMention = async (href: string, name: string, from: string) => {
      await page.goto(new URL(href, from).href);
      const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
      expect(await page.$eval(`[id="${id}"]`, (el) => el.textContent ?? ''), href).toContain(name.split(' ').at(-1));
      // The topic is marked where the link lands.
      await page.waitForFunction((i) => document.getElementById(i)?.querySelector('mark') != null, id);
    };
    // Each mention says how it mentions the topic: a sentence of its own, not the same label five times.
    const snippets = await page.$$eval('#topic-sora .snippet', (s) => s.map((x) => x.textContent ?? ''));
    expect(snippets.length).toBeGreaterThan(1);
    expect(new Set(snippets).size).toBe(snippets.length);
    for (const s of snippets) expect(s).toContain('Sora');
    for (const t of topics.filter((x) => ['TSMC', 'Jony Ive', 'Zillow'].includes(x.name))) {
      expect(t.links.length).toBeGreaterThan(0);
      expect(t.links.length).toBeLessThanOrEqual(5);
      for (const href of t.links) await landsOnMention(href, t.name, `${site}topics/`);
    }
    // A topic mentioned more often than the index lists has a page with every mention.
    const big = topics.find((t) => t.name === 'ChatGPT')!;
    expect(big.all).toBe('/topics/chatgpt/');
    const count = Number(/All (\d+) mentions/.exec(big.allText!)![1]);
    expect(count).toBeGreaterThan(5);
    await page.goto(new URL(big.all!, site).href);
    expect(await page.textContent('h1')).toBe('ChatGPT');
    const all = await page.$$eval('main li a', (els) => els.map((a) => a.getAttribute('href')!));
    expect(all).toHaveLength(count);
    expect(all.slice(0, big.links.length)).toEqual(big.links);
    const page1 = page.url();
    for (const href of all) await landsOnMention(href, 'ChatGPT', page1);
    // Topics with few mentions have no page of their own.
    expect(topics.filter((t) => t.links.length < 5).every((t) => t.all === null)).toBe(true);
  });

  it('shows an answer with the question it answers and the matching sentence whole', async () => {
    await page.goto(site);
    const results = await search('Zillow');
    const answer = await page.$eval('.search-results [role=option][data-kind=turn]', (li) => ({
      question: li.querySelector('.result-question')?.textContent ?? null,
      excerpt: li.querySelector('.result-excerpt')!.textContent!,
      where: li.querySelector('.result-where')!.textContent!,
    }));
    expect(results[0]!.speaker).toBe('Sam Altman');
    expect(answer.question).toMatch(/^Asked: /);
    expect(answer.excerpt).toMatch(/Zillow/);
    // A sentence, whole: it starts a sentence (capital or ellipsis) and ends one.
    expect(answer.excerpt).toMatch(/^(… )?\S/);
    expect(answer.excerpt).toMatch(/[.?!…]["”’)]*$/);
    expect(answer.where).toContain('An Interview with OpenAI CEO'); // several interviews here: each result says which
  });

  it('logged no console errors along the way', () => {
    expect(errors).toEqual([]);
  });
});

describe('search on a site of one interview', () => {
  it('does not repeat the interview title on every result', async () => {
    const { buildSite, OUTPUT } = await import('../support/build.ts');
    const { serve } = await import('../../src/serve.ts');
    const { join } = await import('node:path');
    const dir = join(OUTPUT, 'site-single');
    buildSite(dir, { INTERVIEWS_DIR: 'content/interviews' });
    const server = await serve(dir, 4389);
    try {
      const p = await browser.newPage();
      await p.goto('http://127.0.0.1:4389/stratechery-altman-2025/');
      await p.fill('#search-input', 'Zillow');
      await p.waitForFunction(() => document.querySelector('.search-status')?.getAttribute('data-for') === 'Zillow');
      const wheres = await p.$$eval('.result-where', (w) => w.map((x) => x.textContent ?? ''));
      expect(wheres.length).toBeGreaterThan(0);
      for (const w of wheres) expect(w).not.toContain('An Interview with OpenAI');
      await p.close();
    } finally {
      server.close();
    }
  }, 120_000);
});
