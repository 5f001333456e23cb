import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync, constants as zlib } from 'node:zlib';
import { decode, encode } from 'cborg';

/**
 * Merges Pagefind indexes of disjoint sets of pages into the one index Pagefind would have
 * written for all of them, so the browser loads one index, not one per part.
 *
 * Why: Pagefind holds every (word, page) pair of an index in memory several times while it
 * writes it (1.8 GB for a 1,000-interview archive). Indexed in parts, one Pagefind process after
 * another, each needs a fraction of that; Pagefind's own way to search parts together
 * (`mergeIndex`, in the browser) costs each reader one more WebAssembly file and word chunk per
 * part. This rewrites the parts' word, filter and metadata files into one index and moves their
 * page fragments as they are.
 *
 * The files are Pagefind's internal format (gzip of `pagefind_dcd` + CBOR), which is not a public
 * API: every structure is checked as it is read, and anything unexpected, or a Pagefind version
 * not in KNOWN_VERSIONS, throws an IndexFormatError, upon which the caller indexes in one part.
 * tests/unit/merge-index.test.ts checks a merged index against Pagefind's own index of the same
 * pages, word by word.
 */

export const KNOWN_VERSIONS = ['1.6.0'];

/**
 * A word chunk closes once it holds this many pages and positions, as in Pagefind's own chunking:
 * the merged 1,000-interview index has 304 chunks, Pagefind's own 305, and the first query
 * fetches as many bytes.
 */
const CHUNK_WEIGHT = 20_000;

export class IndexFormatError extends Error {}

/** Pagefind's `pagefind-entry.json`. */
interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  [key: string]: unknown;
}

/** A word's positions on one page: [page number minus the previous page's, positions, page-local data...]. */
type PageEntry = [number, number[], ...unknown[]];
/** [word, pages, variants]; a variant is [form, pages]. */
type WordEntry = [string, PageEntry[], [string, PageEntry[]][]];
/** [version, pages ([fragment hash, word count, ...]), word chunks ([from, to, hash]), filters ([name, hash]), sorts, ...]. */
type Meta = [string, [string, number, ...unknown[]][], [string, string, string][], [string, string][], unknown[], ...unknown[]];

export interface MergeResult {
  /** Pages per language. */
  pages: Record<string, number>;
  chunks: number;
}

/**
 * Merges the Pagefind bundles in `parts` (folders Pagefind wrote, each for different pages) into
 * `out`, which must not exist yet. The parts' fragment files are moved, not copied.
 */
export async function mergeIndexes(parts: string[], out: string): Promise<MergeResult> {
  if (parts.length === 0) throw new Error('mergeIndexes: no parts to merge');
  const entries = await Promise.all(parts.map(readEntry));
  const { languages: _, ...common } = entries[0]!;
  for (const [i, e] of entries.entries()) {
    const { languages: __, ...rest } = e;
    if (JSON.stringify(rest) !== JSON.stringify(common)) throw new IndexFormatError(`${parts[i]}: its pagefind-entry.json differs from ${parts[0]}'s in more than its languages`);
  }
  await mkdir(out);
  // Scripts, styles and WebAssembly: the same in every part, except that each part has only its
  // own languages' WebAssembly.
  const copied = new Set<string>();
  for (const part of parts) {
    for (const name of await readdir(part)) {
      if (copied.has(name) || name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || name === 'index' || name === 'filter' || name === 'fragment') continue;
      await cp(join(part, name), join(out, name), { recursive: true });
      copied.add(name);
    }
  }
  await Promise.all(['index', 'filter', 'fragment'].map((d) => mkdir(join(out, d))));
  const languages: Entry['languages'] = {};
  const result: MergeResult = { pages: {}, chunks: 0 };
  const allLanguages = [...new Set(entries.flatMap((e) => Object.keys(e.languages)))].sort();
  for (const lang of allLanguages) {
    const having = parts.flatMap((dir, i) => {
      const l = entries[i]!.languages[lang];
      return l ? [{ dir, hash: l.hash, wasm: l.wasm }] : [];
    });
    const merged = await mergeLanguage(lang, having, out);
    languages[lang] = { hash: merged.hash, wasm: having[0]!.wasm, page_count: merged.pages };
    result.pages[lang] = merged.pages;
    result.chunks += merged.chunks;
  }
  await writeFile(join(out, 'pagefind-entry.json'), JSON.stringify({ ...entries[0], languages }));
  return result;
}

async function readEntry(dir: string): Promise<Entry> {
  const file = join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(file, 'utf8')) as Entry;
  if (!KNOWN_VERSIONS.includes(entry.version)) {
    throw new IndexFormatError(`${file}: Pagefind ${entry.version} wrote this index; merging is known to work for Pagefind ${KNOWN_VERSIONS.join(', ')} (see src/search/merge-index.ts)`);
  }
  return entry;
}

async function mergeLanguage(lang: string, parts: { dir: string; hash: string }[], out: string) {
  const metas = await Promise.all(parts.map(async (p) => checkMeta(await readPagefindFile(join(p.dir, `pagefind.${p.hash}.pf_meta`)), p.dir)));
  const first = metas[0]!;
  const offsets: number[] = [];
  let pageCount = 0;
  for (const m of metas) {
    offsets.push(pageCount);
    pageCount += m[1].length;
  }
  for (const [i, m] of metas.entries()) {
    if (m[4].length) throw new IndexFormatError(`${parts[i]!.dir}: the index has sort orders, which merging does not support`);
    if (JSON.stringify(m.slice(5)) !== JSON.stringify(first.slice(5))) throw new IndexFormatError(`${parts[i]!.dir}: the index's metadata differs from ${parts[0]!.dir}'s`);
  }

  // Fragments: one file per page, moved as they are; a name taken by another part's
  // different page gets a longer hash.
  const pages: Meta[1] = [];
  const taken = new Set<string>();
  for (const [i, m] of metas.entries()) {
    for (const page of m[1]) {
      const from = join(parts[i]!.dir, 'fragment', `${page[0]}.pf_fragment`);
      let name = page[0];
      if (taken.has(name)) {
        const bytes = await readFile(from);
        const same = await readFile(join(out, 'fragment', `${name}.pf_fragment`));
        // Pagefind gives identical pages one fragment; a different page gets a longer hash.
        if (!bytes.equals(same)) name = `${lang}_${sha(bytes).slice(0, 16)}`;
      }
      if (!taken.has(name)) await rename(from, join(out, 'fragment', `${name}.pf_fragment`));
      taken.add(name);
      pages.push([name, ...page.slice(1)] as Meta[1][number]);
    }
  }

  // Words: a merge of the parts' sorted word lists, chunk by chunk, so only a few chunks are
  // in memory at a time.
  const cursors = await Promise.all(parts.map((p, i) => WordCursor.open(p.dir, metas[i]!)));
  const names = new Set<string>();
  const chunks: Meta[2] = [];
  let chunk: WordEntry[] = [];
  let weight = 0;
  const flush = async () => {
    if (!chunk.length) return;
    const name = await writeUnique(out, 'index', 'pf_index', lang, [chunk], names);
    chunks.push([chunk[0]![0], chunk.at(-1)![0], name]);
    chunk = [];
    weight = 0;
  };
  for (;;) {
    let word: string | null = null;
    for (const c of cursors) if (c.word !== null && (word === null || compareWords(c.word, word) < 0)) word = c.word;
    if (word === null) break;
    let merged: WordEntry | null = null;
    for (const [i, c] of cursors.entries()) {
      if (c.word !== word) continue;
      const entry = shiftWord(c.current!, offsets[i]!);
      merged = merged ? joinWords(merged, entry) : entry;
      await c.next();
    }
    chunk.push(merged!);
    weight += merged![1].reduce((n, p) => n + p[1].length + 1, 0);
    if (weight >= CHUNK_WEIGHT) await flush();
  }
  await flush();
  // Pagefind's chunk bounds: the shortest prefixes that still tell neighbouring chunks apart.
  for (let i = 0; i + 1 < chunks.length; i++) [chunks[i]![1], chunks[i + 1]![0]] = prefixes(chunks[i]![1], chunks[i + 1]![0]);

  // Filters: each value's pages, renumbered.
  const filters: Meta[3] = [];
  const filterNames = new Set<string>();
  const byFilter = new Map<string, Map<string, number[]>>();
  for (const [i, m] of metas.entries()) {
    for (const [filter, hash] of m[3]) {
      const file = join(parts[i]!.dir, 'filter', `${hash}.pf_filter`);
      const data = await readPagefindFile(file);
      if (!Array.isArray(data) || data[0] !== filter || !Array.isArray(data[1])) throw new IndexFormatError(`${file}: not a filter index of "${filter}"`);
      const values = byFilter.get(filter) ?? new Map<string, number[]>();
      byFilter.set(filter, values);
      for (const v of data[1] as unknown[]) {
        if (!Array.isArray(v) || typeof v[0] !== 'string' || !isPageList(v[1], m[1].length)) throw new IndexFormatError(`${file}: a value is not [value, pages]`);
        const list = values.get(v[0]) ?? [];
        values.set(v[0], list);
        for (const p of v[1] as number[]) list.push(p + offsets[i]!);
      }
    }
  }
  for (const filter of [...byFilter.keys()].sort(compareWords)) {
    const values = [...byFilter.get(filter)!].sort((a, b) => compareWords(a[0], b[0]));
    filters.push([filter, await writeUnique(out, 'filter', 'pf_filter', lang, [filter, values], filterNames)]);
  }

  const meta: Meta = [first[0], pages, chunks, filters, [], ...first.slice(5)];
  const bytes = pagefindBytes(meta);
  const hash = `${lang}_${sha(bytes).slice(0, 10)}`;
  await writeFile(join(out, `pagefind.${hash}.pf_meta`), bytes);
  return { hash, pages: pageCount, chunks: chunks.length };
}

/** Reads one part's word chunks in order, one chunk in memory at a time. */
class WordCursor {
  word: string | null = null;
  current: WordEntry | null = null;
  private chunk: WordEntry[] = [];
  private at = 0;
  private nextChunk = 0;
  private dir: string;
  private meta: Meta;
  private constructor(dir: string, meta: Meta) {
    this.dir = dir;
    this.meta = meta;
  }

  static async open(dir: string, meta: Meta) {
    const c = new WordCursor(dir, meta);
    await c.next();
    return c;
  }

  async next(): Promise<void> {
    while (this.at >= this.chunk.length) {
      if (this.nextChunk >= this.meta[2].length) {
        this.word = this.current = null;
        return;
      }
      const file = join(this.dir, 'index', `${this.meta[2][this.nextChunk++]![2]}.pf_index`);
      const data = await readPagefindFile(file);
      if (!Array.isArray(data) || data.length !== 1 || !Array.isArray(data[0])) throw new IndexFormatError(`${file}: not a word index`);
      for (const w of data[0] as unknown[]) checkWord(w, file, this.meta[1].length);
      const previous = this.current?.[0];
      this.chunk = data[0] as WordEntry[];
      this.at = 0;
      if (previous !== undefined && this.chunk.length && compareWords(previous, this.chunk[0]![0]) >= 0) throw new IndexFormatError(`${file}: words are not in order`);
    }
    const previous = this.current?.[0];
    this.current = this.chunk[this.at++]!;
    if (previous !== undefined && compareWords(previous, this.current[0]) >= 0) throw new IndexFormatError(`${this.dir}: words are not in order ("${previous}", "${this.current[0]}")`);
    this.word = this.current[0];
  }
}

function checkMeta(data: unknown, dir: string): Meta {
  const fail = (what: string) => new IndexFormatError(`${dir}: the index metadata ${what}`);
  if (!Array.isArray(data) || data.length < 5 || typeof data[0] !== 'string') throw fail('is not [version, pages, chunks, filters, sorts, ...]');
  const [, pages, chunks, filters, sorts] = data as unknown[];
  if (!Array.isArray(pages) || !pages.every((p) => Array.isArray(p) && typeof p[0] === 'string' && Number.isInteger(p[1]))) throw fail('has a page that is not [hash, word count, ...]');
  if (!Array.isArray(chunks) || !chunks.every((c) => Array.isArray(c) && c.length === 3 && c.every((s) => typeof s === 'string'))) throw fail('has a word chunk that is not [from, to, hash]');
  if (!Array.isArray(filters) || !filters.every((f) => Array.isArray(f) && f.length === 2 && f.every((s) => typeof s === 'string'))) throw fail('has a filter that is not [name, hash]');
  if (!Array.isArray(sorts)) throw fail('has no list of sort orders');
  return data as Meta;
}

function checkWord(w: unknown, file: string, pageCount: number): void {
  const fail = () => new IndexFormatError(`${file}: a word is not [word, pages, variants] with delta-coded pages`);
  if (!Array.isArray(w) || w.length !== 3 || typeof w[0] !== 'string' || !isPages(w[1], pageCount) || !Array.isArray(w[2])) throw fail();
  for (const v of w[2] as unknown[]) if (!Array.isArray(v) || v.length !== 2 || typeof v[0] !== 'string' || !isPages(v[1], pageCount)) throw fail();
}

/** Pages as Pagefind codes them: [delta from the previous page, positions, ...]; the sum stays below the page count. */
function isPages(pages: unknown, pageCount: number): boolean {
  if (!Array.isArray(pages)) return false;
  let page = -1;
  for (const p of pages) {
    if (!Array.isArray(p) || p.length < 2 || !Number.isInteger(p[0]) || !Array.isArray(p[1])) return false;
    const next = page < 0 ? p[0] : page + p[0];
    if (next <= page || next >= pageCount) return false;
    page = next;
  }
  return true;
}

function isPageList(pages: unknown, pageCount: number): boolean {
  return Array.isArray(pages) && pages.every((p) => Number.isInteger(p) && p >= 0 && p < pageCount);
}

/** The word with its pages (and variants' pages) moved up by `offset`: only the first delta changes. */
function shiftWord(w: WordEntry, offset: number): WordEntry {
  const shift = (pages: PageEntry[]): PageEntry[] => (pages.length ? [[pages[0]![0] + offset, ...pages[0]!.slice(1)] as PageEntry, ...pages.slice(1)] : pages);
  return [w[0], shift(w[1]), w[2].map(([form, pages]) => [form, shift(pages)])];
}

/** Appends `b`'s pages (all after `a`'s) to `a`'s, keeping the delta coding. */
function joinWords(a: WordEntry, b: WordEntry): WordEntry {
  const variants = new Map(a[2].map(([form, pages]) => [form, pages]));
  for (const [form, pages] of b[2]) variants.set(form, appendPages(variants.get(form) ?? [], pages));
  return [a[0], appendPages(a[1], b[1]), [...variants]];
}

function appendPages(a: PageEntry[], b: PageEntry[]): PageEntry[] {
  if (!a.length || !b.length) return a.length ? a : b;
  const last = a.reduce((n, p) => n + p[0], 0);
  return [...a, [b[0]![0] - last, ...b[0]!.slice(1)] as PageEntry, ...b.slice(1)];
}

/** Pagefind sorts words as Rust sorts strings: by their UTF-8 bytes. */
function compareWords(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** Pagefind's bounds between two neighbouring chunks: one character past their common prefix. */
function prefixes(a: string, b: string): [string, string] {
  const ac = Array.from(a);
  const bc = Array.from(b);
  let common = 0;
  while (common < ac.length && common < bc.length && ac[common] === bc[common]) common++;
  return [ac.slice(0, common + 1).join(''), bc.slice(0, common + 1).join('')];
}

const MAGIC = Buffer.from('pagefind_dcd');

async function readPagefindFile(file: string): Promise<unknown> {
  const raw = gunzipSync(await readFile(file));
  if (!raw.subarray(0, MAGIC.length).equals(MAGIC)) throw new IndexFormatError(`${file}: does not start with Pagefind's marker`);
  try {
    return decode(raw.subarray(MAGIC.length));
  } catch (e) {
    throw new IndexFormatError(`${file}: not CBOR (${(e as Error).message})`);
  }
}

function pagefindBytes(data: unknown): Buffer {
  return gzipSync(Buffer.concat([MAGIC, encode(data)]), { level: zlib.Z_BEST_COMPRESSION });
}

function sha(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Writes `data` as `<dir>/<lang>_<hash>.<ext>` under a name not yet in `names`; returns the name. */
async function writeUnique(out: string, dir: string, ext: string, lang: string, data: unknown, names: Set<string>): Promise<string> {
  const bytes = pagefindBytes(data);
  const hash = sha(bytes);
  let length = 7;
  while (names.has(`${lang}_${hash.slice(0, length)}`)) length++;
  const name = `${lang}_${hash.slice(0, length)}`;
  names.add(name);
  await writeFile(join(out, dir, `${name}.${ext}`), bytes);
  return name;
}
