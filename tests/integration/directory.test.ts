import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../bench/generate.ts';
import { ingest } from '../../src/ingest/index.ts';
import { readTranscripts, releaseResults, type IngestCache } from '../../src/loader/directory.ts';
import { cacheFile, pipelineVersion, readCached } from '../../src/loader/ingest-disk-cache.ts';
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

describe('ingestion results kept between builds', () => {
  const cacheDir = join(dir, '..', `${dir.split('/').pop()}-cache`);
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
  const entries = () => readdirSync(cacheDir).sort();

  it('serves an unchanged file from disk, ingests a changed one, and forgets what is gone', async () => {
    const first = await readTranscripts(dir, dir, new Map(), { dir: cacheDir, read: true });
    // Every file the pipeline accepted, the two with the same URL included; not the fatal one.
    expect(entries()).toHaveLength(archive.length + 1);
    expect([first.ingested, first.fromDisk]).toEqual([archive.length + 2, 0]);

    // A new build (a new process: nothing in memory) reads them back, equal to a fresh ingest.
    const second = await readTranscripts(dir, dir, new Map(), { dir: cacheDir, read: true });
    expect([second.ingested, second.fromDisk]).toEqual([1, archive.length + 1]); // only the fatal file again
    expect(second.transcripts.map((t) => t.result)).toEqual(first.transcripts.map((t) => t.result));
    expect(second.errors).toEqual(first.errors);

    // What is on disk is what is served: mark one entry and see it come back.
    const name = archive[2]!.name;
    const target = cacheFile(cacheDir, pipelineVersion(dir)!, name, readFileSync(join(dir, name)));
    writeFileSync(target, serialize({ ...readCached(target)!, summary: 'from the cache' }));
    const marked = await readTranscripts(dir, dir, new Map(), { dir: cacheDir, read: true });
    expect(marked.transcripts.find((t) => t.file === name)!.result.summary).toBe('from the cache');
    // A forced build does not read it, and writes the real result back.
    const forced = await readTranscripts(dir, dir, new Map(), { dir: cacheDir, read: false });
    expect(forced.transcripts.find((t) => t.file === name)!.result.summary).not.toBe('from the cache');
    expect(readCached(target)!.summary).toBe(forced.transcripts.find((t) => t.file === name)!.result.summary);

    // Edit one file: it is ingested again, and its old entry is removed.
    const edited = join(dir, archive[5]!.name);
    const before = readFileSync(edited);
    const oldEntry = cacheFile(cacheDir, pipelineVersion(dir)!, archive[5]!.name, before);
    writeFileSync(edited, `${before}\nOne more question?\n`);
    try {
      const third = await readTranscripts(dir, dir, new Map(), { dir: cacheDir, read: true });
      expect([third.ingested, third.fromDisk]).toEqual([2, archive.length]);
      expect(third.transcripts.find((t) => t.file === archive[5]!.name)!.result).toEqual(ingest(readFileSync(edited), archive[5]!.name));
      expect(existsSync(oldEntry)).toBe(false);
      expect(entries()).toHaveLength(archive.length + 1);
    } finally {
      writeFileSync(edited, before);
    }
  });

  it('gives back to disk the results kept there, and reads them back from it, equal', async () => {
    const cache: IngestCache = new Map();
    const disk = { dir: cacheDir, read: true };
    const first = await readTranscripts(dir, dir, cache, disk);
    // A result the disk cache lacks (its file removed) stays in memory; one read without the disk cache too.
    const kept = first.transcripts[0]!;
    rmSync(cache.get(kept.file)!.cacheFile!, { force: true });
    const elsewhere: IngestCache = new Map();
    await readTranscripts(dir, dir, elsewhere);
    expect(releaseResults(elsewhere)).toBe(0);
    // Every result but that one, the file whose URL is taken included: archive.length.
    expect(releaseResults(cache)).toBe(archive.length);
    expect([...cache.keys()]).toEqual([kept.file]);
    const again = await readTranscripts(dir, dir, cache, disk);
    expect([again.ingested, again.fromDisk]).toEqual([1, archive.length]); // the fatal file is never kept on disk
    expect(again.transcripts.map((t) => t.result)).toEqual(first.transcripts.map((t) => t.result));
    expect(cache.get(kept.file)!.result).toBe(kept.result);
  });

  it('keys an entry by the pipeline version, the file name and the bytes', () => {
    const bytes = new TextEncoder().encode('SA: Yes.');
    const key = cacheFile('/c', 'v1', 'a.md', bytes);
    expect(cacheFile('/c', 'v2', 'a.md', bytes)).not.toBe(key);
    expect(cacheFile('/c', 'v1', 'b.md', bytes)).not.toBe(key);
    expect(cacheFile('/c', 'v1', 'a.md', new TextEncoder().encode('SA: No.'))).not.toBe(key);
    expect(cacheFile('/c', 'v1', 'a.md', bytes)).toBe(key);
    // The version covers the lockfile (the pipeline's dependencies), besides its source and Node.
    const roots = ['a', 'b', 'none'].map((n) => mkdtempSync(join(tmpdir(), `interview-reader-root-${n}-`)));
    writeFileSync(join(roots[0]!, 'package-lock.json'), '{"packages":{"node_modules/remark-parse":{"version":"11.0.0"}}}');
    writeFileSync(join(roots[1]!, 'package-lock.json'), '{"packages":{"node_modules/remark-parse":{"version":"11.0.1"}}}');
    const versions = roots.map(pipelineVersion);
    for (const r of roots) rmSync(r, { recursive: true, force: true });
    expect(new Set(versions).size).toBe(3);
    for (const v of versions) expect(v).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('which files are transcripts', () => {
  it('reads a spreadsheet’s `.tsv` and a tool’s `.csv` besides Markdown and text; not other files', async () => {
    const d = mkdtempSync(join(tmpdir(), 'interview-reader-ext-'));
    try {
      writeFileSync(join(d, 'sheet.tsv'), '00:00:01\tTom Becker\tWhy bridges?\n00:00:05\tMaria Lopez\tMy father built roads.\n00:00:09\tTom Becker\tAnd concrete?\n00:00:12\tMaria Lopez\tLater.\n');
      writeFileSync(join(d, 'export.csv'), 'start,speaker,text\n1,Tom Becker,Why bridges?\n5,Maria Lopez,"My father built roads, and I grew up on them."\n9,Tom Becker,And concrete?\n12,Maria Lopez,Later.\n');
      writeFileSync(join(d, 'notes.json'), '{}');
      const r = await readTranscripts(d, d, new Map());
      expect(r.errors).toEqual([]);
      expect(r.transcripts.map((t) => [t.file, t.result.transcript.sections[0]!.turns.map((x) => x.speaker).join(', ')])).toEqual([
        ['export.csv', 'Tom Becker, Maria Lopez, Tom Becker, Maria Lopez'],
        ['sheet.tsv', 'Tom Becker, Maria Lopez, Tom Becker, Maria Lopez'],
      ]);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
