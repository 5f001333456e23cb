import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { indexInParts, type Part } from '../../src/search/integration.ts';
import { IndexFormatError, mergeIndexes } from '../../src/search/merge-index.ts';
import { documentHtml, searchDocument } from '../../src/search/records.ts';
import { fixedFiles, readIndex } from '../support/pagefind-index.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'interview-reader-merge-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Real transcripts; the Spanish one is indexed as Spanish (its file has no `lang`), so the
// parts hold two languages, and only one part has the second.
const SOURCES = [
  'content/interviews/stratechery-altman-2025.txt',
  'tests/fixtures/transcripts/podcast-qa.md',
  'tests/fixtures/transcripts/chipmaker-initials.txt',
  'tests/fixtures/transcripts/entrevista-es.md',
  'tests/fixtures/transcripts/clean-short.md',
  'tests/fixtures/transcripts/timestamps.txt',
  'tests/fixtures/transcripts/label-lines.md',
];
const docs = SOURCES.map((f) => {
  const { transcript } = ingest(readFileSync(join(ROOT, f)), f);
  const doc = searchDocument(transcript, '/');
  return { slug: transcript.slug, html: documentHtml(f.endsWith('-es.md') ? { ...doc, language: 'es' } : doc) };
});

async function index(name: string, which: typeof docs): Promise<string> {
  const dir = join(work, name, 'documents');
  mkdirSync(dir, { recursive: true });
  for (const d of which) writeFileSync(join(dir, `${d.slug}.html`), d.html);
  const { index } = await pagefind.createIndex({});
  expect((await index!.addDirectory({ path: dir })).page_count).toBe(which.length);
  const out = join(work, name, 'bundle');
  expect((await index!.writeFiles({ outputPath: out })).errors).toEqual([]);
  await pagefind.close();
  return out;
}

/** Three parts of the documents, indexed one after another, as the build does. */
async function parts(name: string): Promise<string[]> {
  return [await index(`${name}-0`, docs.slice(0, 2)), await index(`${name}-1`, docs.slice(2, 5)), await index(`${name}-2`, docs.slice(5))];
}

const readMeta = (bundle: string): { file: string; meta: any[] } => {
  const file = join(bundle, readdirSync(bundle).find((f) => f.startsWith('pagefind.en_'))!);
  return { file, meta: decode(gunzipSync(readFileSync(file)).subarray(12)) as any[] };
};
const writePagefindFile = (file: string, data: unknown) => writeFileSync(file, gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encode(data)])));

let whole = '';
beforeAll(async () => {
  whole = await index('whole', docs);
});

describe('mergeIndexes', () => {
  it('gives, from indexes of parts, the index Pagefind writes for all the pages at once', async () => {
    const out = join(work, 'merged');
    const result = await mergeIndexes(await parts('p'), out);
    const expected = readIndex(whole);
    const merged = readIndex(out);
    expect(Object.keys(merged.languages).sort()).toEqual(['en', 'es']);
    expect(result.pages).toEqual({ en: 6, es: 1 });
    // Same pages, same words at the same positions with the same weights, same filters.
    expect(merged).toEqual(expected);
    for (const lang of Object.values(merged.languages)) expect(lang.misplaced).toEqual([]);
    expect(Object.keys(merged.languages.en!.words).length).toBeGreaterThan(1000);
    // The scripts and WebAssembly are Pagefind's own, byte for byte.
    expect(fixedFiles(out)).toEqual(fixedFiles(whole));
    for (const f of fixedFiles(out).filter((f) => f !== 'pagefind-entry.json')) expect(readFileSync(join(out, f)).equals(readFileSync(join(whole, f))), f).toBe(true);
  });

  it('keeps two different pages apart when two parts gave their fragments the same name', async () => {
    const [a, b] = await parts('clash');
    // Give a page of the second part the fragment name of a page of the first.
    const taken = readMeta(a!).meta[1][0][0];
    const { file, meta } = readMeta(b!);
    const renamed = meta[1][0][0];
    renameSync(join(b!, 'fragment', `${renamed}.pf_fragment`), join(b!, 'fragment', `${taken}.pf_fragment`));
    meta[1][0][0] = taken;
    writePagefindFile(file, meta);
    const out = join(work, 'clash-merged');
    await mergeIndexes([a!, b!], out);
    // Two English pages from each part: four pages, four fragments, each with its own URL.
    const urls = Object.keys(readIndex(out).languages.en!.pages);
    expect(urls).toHaveLength(4);
    expect(readdirSync(join(out, 'fragment'))).toHaveLength(5);
  });

  it('shares one fragment between identical pages, as Pagefind does', async () => {
    const a = await index('same-a', docs.slice(4, 5));
    const b = await index('same-b', docs.slice(4, 5));
    const out = join(work, 'same-merged');
    const result = await mergeIndexes([a, b], out);
    expect(result.pages.en).toBe(2);
    expect(readdirSync(join(out, 'fragment'))).toHaveLength(1);
    const meta = readMeta(out).meta;
    expect(meta[1][0][0]).toBe(meta[1][1][0]);
  });

  it('refuses an index from a Pagefind version it does not know, naming the file', async () => {
    const [a, b] = await parts('version');
    const entry = JSON.parse(readFileSync(join(b!, 'pagefind-entry.json'), 'utf8'));
    writeFileSync(join(b!, 'pagefind-entry.json'), JSON.stringify({ ...entry, version: '9.0.0' }));
    const failure = mergeIndexes([a!, b!], join(work, 'version-merged'));
    await expect(failure).rejects.toThrow(IndexFormatError);
    await expect(failure).rejects.toThrow(/version-1\/bundle\/pagefind-entry\.json: Pagefind 9\.0\.0 wrote this index/);
  });

  it('refuses a word chunk it cannot read as Pagefind 1.6 writes them, naming the file', async () => {
    const [a, b] = await parts('shape');
    const { meta } = readMeta(b!);
    const chunk = join(b!, 'index', `${meta[2][0][2]}.pf_index`);
    const words = decode(gunzipSync(readFileSync(chunk)).subarray(12)) as any[];
    words[0][0][1] = words[0][0][1].map((p: any[]) => [String(p[0]), ...p.slice(1)]);
    writePagefindFile(chunk, words);
    const failure = mergeIndexes([a!, b!], join(work, 'shape-merged'));
    await expect(failure).rejects.toThrow(IndexFormatError);
    await expect(failure).rejects.toThrow(new RegExp(`${meta[2][0][2]}\\.pf_index: a word is not \\[word, pages, variants\\]`));
  });

  it('refuses to merge into a folder that exists', async () => {
    const p = await parts('exists');
    const out = join(work, 'exists-merged');
    cpSync(p[0]!, out, { recursive: true });
    await expect(mergeIndexes(p, out)).rejects.toThrow(/EEXIST/);
  });
});

describe('indexInParts (the build integration)', () => {
  /** The documents as the build writes them: a folder per part. */
  function partsOf(name: string, sizes: number[]): Part[] {
    let at = 0;
    return sizes.map((n, k) => {
      const dir = join(work, name, 'records', String(k));
      mkdirSync(dir, { recursive: true });
      const files = docs.slice(at, (at += n)).map((d) => {
        writeFileSync(join(dir, `${d.slug}.html`), d.html);
        return join(dir, `${d.slug}.html`);
      });
      return { dir, files };
    });
  }
  const warnings: string[] = [];
  const logger = { warn: (m: string) => warnings.push(m) };

  it('indexes each part in its own Pagefind process and merges them in a child process', async () => {
    const out = join(work, 'build-parts', 'bundle');
    const { merged } = await indexInParts(partsOf('build-parts', [3, 2, 2]), out, logger);
    expect(merged).not.toBeNull();
    expect(readIndex(out)).toEqual(readIndex(whole));
    expect(readdirSync(join(work, 'build-parts')).sort()).toEqual(['bundle', 'records']);
  });

  it('indexes everything in one process, with a warning, when the merge does not know the format', async () => {
    warnings.length = 0;
    const out = join(work, 'build-fallback', 'bundle');
    const unknown = async (_: string[], o: string) => {
      mkdirSync(o); // a merge that fails part-way leaves its output behind
      throw new IndexFormatError('Pagefind 9.0.0 wrote this index');
    };
    await indexInParts(partsOf('build-fallback', [4, 3]), out, logger, unknown);
    expect(warnings).toEqual(['Pagefind 9.0.0 wrote this index; indexing in one part instead']);
    expect(readIndex(out)).toEqual(readIndex(whole));
    expect(readdirSync(join(work, 'build-fallback')).sort()).toEqual(['bundle', 'records']);
  });

  it('fails on any other merge error, and leaves no part behind', async () => {
    const out = join(work, 'build-broken', 'bundle');
    const broken = async () => {
      throw new Error('disk full');
    };
    await expect(indexInParts(partsOf('build-broken', [4, 3]), out, logger, broken)).rejects.toThrow('disk full');
    expect(readdirSync(join(work, 'build-broken'))).toEqual(['records']);
    expect(existsSync(out)).toBe(false);
  });
});
