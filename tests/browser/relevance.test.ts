import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../support/browser.ts';

const site = inject('siteUrl');
const { queries } = JSON.parse(readFileSync(new URL('../fixtures/queries.json', import.meta.url), 'utf8')) as { queries: { q: string; expect: string[] }[] };

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
  await page.goto(`${site}stratechery-altman-2025/`);
  // The test site holds several interviews; the query set is about the bundled one.
  await page.fill('#search-input', 'a');
  await page.waitForSelector('select[data-filter="interview"] option >> nth=1', { state: 'attached' });
  await page.selectOption('select[data-filter="interview"]', { label: 'An Interview with OpenAI CEO Sam Altman About DevDay and the AI Buildout' });
});
afterAll(async () => browser?.close());

async function firstResult(q: string): Promise<string> {
  await page.fill('#search-input', '');
  await page.fill('#search-input', q);
  // reader.js marks the status with the query once that query's results are rendered.
  await page.waitForFunction((query) => document.querySelector('.search-status')?.getAttribute('data-for') === query, q);
  const href = await page.getAttribute('.search-results [role=option] a >> nth=0', 'href').catch(() => null);
  return href ? decodeURIComponent(href.split('#')[1] ?? '') : '';
}

describe('search relevance on the bundled interview', () => {
  it(`the first result is the answer that discusses the topic (${queries.length} queries, at least 90%)`, async () => {
    expect(queries.length).toBeGreaterThanOrEqual(20);
    const misses: string[] = [];
    for (const { q, expect: want } of queries) {
      const got = await firstResult(q);
      if (!want.includes(got)) misses.push(`${q} -> ${got || '(nothing)'}`);
    }
    const rate = 1 - misses.length / queries.length;
    console.log(`relevance: ${queries.length - misses.length}/${queries.length} first results right${misses.length ? `; misses: ${misses.join('; ')}` : ''}`);
    expect({ rate: rate >= 0.9, misses }).toEqual({ rate: true, misses: expect.any(Array) });
  });
});
