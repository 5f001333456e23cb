import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../bench/generate.ts';
import { ingest } from '../../src/ingest/index.ts';
import { readTranscripts, type IngestCache } from '../../src/loader/directory.ts';
import { ingestAll } from '../../src/loader/ingest-pool.ts';

// A folder large enough for the worker pool (src/loader/ingest-pool.ts), with one fatal file
// and two files that want the same URL.
const dir = mkdtempSync(join(tmpdir(), 'interview-reader-dir-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const archive = generateArchive(20);
for (const a of archive) writeFileSync(join(dir, a.name), a.text);
writeFileSync(join(dir, 'zz-empty.txt'), '   \n');
writeFileSync(join(dir, 'zz-copy.md'), `---\nslug: ${archive[3]!.name.replace(/\.txt$/, '')}\n---\n${archive[4]!.text}`);

describe('reading a folder of transcripts', () => {
  it('gives what ingesting each file alone gives, in file order, on several cores at once', async () => {
    const cache: IngestCache = new Map();
    // The three collections' loaders ask at the same time: one read serves them all.
    const [r, again, third] = await Promise.all([readTranscripts(dir, dir, cache), readTranscripts(dir, dir, cache), readTranscripts(dir, dir, cache)]);
    expect(again).toBe(r);
    expect(third).toBe(r);
    expect(r.transcripts.map((t) => t.file)).toEqual(archive.map((a) => a.name));
    for (const { file, result } of r.transcripts) expect(result).toEqual(ingest(readFileSync(join(dir, file)), file));
    expect(r.errors).toHaveLength(2);
    expect(r.errors[0]).toMatch(/^zz-copy\.md: error: its URL \/synthetic-0004\/ is already taken by synthetic-0004\.txt/);
    expect(r.errors[1]).toMatch(/^zz-empty\.txt(:\d+)?: error: .*Fix: /);
    // A second read finds everything cached and ingests nothing again.
    const before = new Map([...cache].map(([k, v]) => [k, v.result]));
    const second = await readTranscripts(dir, dir, cache);
    expect(second.transcripts.map((t) => t.result)).toEqual(r.transcripts.map((t) => t.result));
    for (const [k, v] of cache) expect(v.result).toBe(before.get(k));
  });
});

describe('the ingestion pool', () => {
  it('falls back to ingesting in this thread when its workers cannot run, with the same results', async () => {
    const jobs = archive.map((a) => ({ file: a.name, bytes: new TextEncoder().encode(a.text) }));
    const broken = await ingestAll(jobs, new URL('./no-such-worker.ts', import.meta.url));
    const pooled = await ingestAll(jobs);
    expect(broken).toEqual(pooled);
    expect(pooled.map((o) => ('result' in o ? o.result.transcript.slug : o.error.message))).toEqual(archive.map((a) => a.name.replace(/\.txt$/, '')));
    // A worker that dies mid-way: the same results again.
    expect(await ingestAll(jobs, new URL('../fixtures/workers/exiting-worker.ts', import.meta.url))).toEqual(pooled);
  });

  it.skipIf(availableParallelism() < 2)('spreads the files over child processes, one per core', async () => {
    const jobs = archive.map((a) => ({ file: a.name, bytes: new TextEncoder().encode(a.text) }));
    const signed = await ingestAll(jobs, new URL('../fixtures/workers/pid-worker.ts', import.meta.url));
    const pids = new Set(signed.map((o) => ('result' in o ? o.result.summary : '')));
    expect(pids.size).toBeGreaterThanOrEqual(2);
    expect(pids.has(`pid ${process.pid}`)).toBe(false);
    expect([...pids].every((p) => /^pid \d+$/.test(p))).toBe(true);
  });
});
