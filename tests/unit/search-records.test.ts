import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { recordHtml, type SearchRecord } from '../../src/search/records.ts';

const work = mkdtempSync(join(tmpdir(), 'interview-reader-records-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Transcript text is data: whatever it holds must reach the index as the same text.
const hostile: SearchRecord = {
  url: '/interviews/a-b/#sa-tom-jerry',
  content: 'Tom & Jerry said "<b>hi</b>" — and then: <script>alert(1)</script>\nA second paragraph, with commas, colons: and [brackets].',
  language: 'en',
  meta: { title: 'Sam "SA" Altman, on R&D <Labs>', kind: 'turn', speaker: 'Sam "SA" Altman', section: 'R&D <Labs>', interview: 'A, B: C', question: 'Why "now"? And why & how?' },
  filters: { speaker: ['Sam "SA" Altman'], interview: ['A, B: C'], kind: ['turn'] },
};

describe('search records as files for Pagefind', () => {
  it('reach the index with their text, meta, filters and URL unchanged', async () => {
    const records = join(work, 'records', 'a-b');
    mkdirSync(records, { recursive: true });
    writeFileSync(join(records, '0.html'), recordHtml(hostile));
    const { index } = await pagefind.createIndex({});
    const added = await index!.addDirectory({ path: join(work, 'records') });
    expect(added.page_count).toBe(1);
    await index!.writeFiles({ outputPath: join(work, 'out') });
    await pagefind.close();
    const [fragment] = readdirSync(join(work, 'out', 'fragment'));
    const data = JSON.parse(gunzipSync(readFileSync(join(work, 'out', 'fragment', fragment!))).toString().replace(/^pagefind_dcd/, ''));
    expect(data.meta).toEqual({ ...hostile.meta, url: hostile.url });
    expect(data.filters).toEqual(hostile.filters);
    for (const paragraph of hostile.content.split('\n')) expect(data.content).toContain(paragraph);
  });
});
