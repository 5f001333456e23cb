import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { documentHtml, searchDocument, type SearchDocument } from '../../src/search/records.ts';

const work = mkdtempSync(join(tmpdir(), 'interview-reader-records-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Transcript text is data: whatever it holds must reach the index as the same text.
const hostile: SearchDocument = {
  url: '/interviews/a-b/',
  language: 'en',
  meta: { title: 'A, B: C & "D" <E>', url: '/interviews/a-b/', roles: JSON.stringify({ 'Sam "SA" Altman': 'guest', 'Ben <b>T</b>': 'interviewer' }) },
  filters: { interview: ['A, B: C & "D" <E>'], speaker: ['Sam "SA" Altman', 'Ben <b>T</b>'] },
  blocks: [
    { kind: 'title', text: 'A, B: C & "D" <E>' },
    { kind: 'intro', text: 'An intro with <script>alert(1)</script> in it.' },
    { kind: 'section', id: 'r-d-labs', heading: 'R&D <Labs>' },
    { kind: 'turn', id: 'why-now', speaker: 'Ben <b>T</b>', role: 'interviewer', paragraphs: ['Why "now"? And why & how?'] },
    { kind: 'turn', id: 'sa-tom-jerry', speaker: 'Sam "SA" Altman', role: 'guest', paragraphs: ['Tom & Jerry said "<b>hi</b>" — and then: <script>alert(1)</script>', 'A second paragraph, with commas, colons: and [brackets].'] },
  ],
};

async function indexed(docs: SearchDocument[], name: string) {
  const dir = join(work, name, 'documents');
  mkdirSync(dir, { recursive: true });
  docs.forEach((d, i) => writeFileSync(join(dir, `${i}.html`), documentHtml(d)));
  const { index } = await pagefind.createIndex({});
  const added = await index!.addDirectory({ path: dir });
  expect(added.page_count).toBe(docs.length);
  await index!.writeFiles({ outputPath: join(work, name, 'out') });
  await pagefind.close();
  const fragments = join(work, name, 'out', 'fragment');
  return readdirSync(fragments).map((f) => JSON.parse(gunzipSync(readFileSync(join(fragments, f))).toString().replace(/^pagefind_dcd/, '')));
}

describe('search documents for Pagefind', () => {
  it('reach the index with their text, meta, filters and anchors unchanged', async () => {
    const [data] = await indexed([hostile], 'hostile');
    expect(data.meta).toEqual(hostile.meta);
    expect(data.filters).toEqual(hostile.filters);
    for (const b of hostile.blocks) for (const p of b.kind === 'turn' ? b.paragraphs : []) expect(data.content).toContain(p);
    // Every turn and heading is a sub-result boundary, in reading order, named by its speaker or heading.
    const anchors = (data.anchors as { id: string; title: string; location: number }[]).sort((a, b) => a.location - b.location);
    expect(anchors.map((a) => [a.id, a.title])).toEqual([
      ['r-d-labs', 'R&D <Labs>'],
      ['why-now', 'Ben <b>T</b>'],
      ['sa-tom-jerry', 'Sam "SA" Altman'],
    ]);
    // The word positions that open each turn point at that turn's first word.
    const words = (data.content as string).split(/[^\S\uFEFF]+/);
    expect(words[anchors[1]!.location]).toBe('Why');
    expect(words[anchors[2]!.location]).toBe('Tom');
  });

  it('hold every turn of the bundled interview once, with each speaker’s role', async () => {
    const bytes = readFileSync(new URL('../../content/interviews/stratechery-altman-2025.txt', import.meta.url));
    const { transcript } = ingest(bytes, 'stratechery-altman-2025.txt');
    const doc = searchDocument(transcript, '/base/');
    const turns = transcript.sections.flatMap((s) => s.turns);
    const blocks = doc.blocks.filter((b) => b.kind === 'turn');
    expect(blocks.map((b) => b.id)).toEqual(turns.map((t) => t.id));
    expect(JSON.parse(doc.meta.roles)).toEqual({ 'Sam Altman': 'guest', 'Ben Thompson': 'interviewer' });
    expect(doc.url).toBe('/base/stratechery-altman-2025/');
    expect(doc.filters.speaker.sort()).toEqual(['Ben Thompson', 'Sam Altman']);
    const [data] = await indexed([doc], 'bundled');
    const ids = (data.anchors as { id: string }[]).map((a) => a.id);
    for (const t of turns) expect(ids).toContain(t.id);
  });
});
