import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';

/**
 * A Pagefind bundle read back as plain data, with pages named by their URL instead of their
 * number, so two indexes of the same pages compare equal however their pages were numbered.
 * Each language's words map to { url: the page's entry without its number }.
 */
export interface IndexContent {
  version: string;
  languages: Record<
    string,
    {
      pageCount: number;
      pages: Record<string, unknown[]>;
      words: Record<string, { pages: Record<string, unknown[]>; variants: Record<string, Record<string, unknown[]>> }>;
      filters: Record<string, Record<string, string[]>>;
      rest: unknown[];
      /** Words that lie outside the from/to bounds of the chunk they are in (none, in a valid index). */
      misplaced: string[];
    }
  >;
}

const read = (file: string): any => {
  const raw = gunzipSync(readFileSync(file));
  if (raw.subarray(0, 12).toString() !== 'pagefind_dcd') throw new Error(`${file}: no Pagefind marker`);
  return decode(raw.subarray(12));
};

export function readIndex(dir: string): IndexContent {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
  const out: IndexContent = { version: entry.version, languages: {} };
  for (const [lang, { hash, page_count }] of Object.entries<any>(entry.languages)) {
    const meta = read(join(dir, `pagefind.${hash}.pf_meta`));
    const urls: string[] = meta[1].map((p: [string]) => JSON.parse(gunzipSync(readFileSync(join(dir, 'fragment', `${p[0]}.pf_fragment`))).subarray(12).toString()).url);
    const pages: Record<string, unknown[]> = {};
    meta[1].forEach((p: unknown[], i: number) => (pages[urls[i]!] = p.slice(1)));
    const byUrl = (list: any[]) => {
      const r: Record<string, unknown[]> = {};
      let n = 0;
      list.forEach((p, i) => {
        n = i === 0 ? p[0] : n + p[0];
        r[urls[n]!] = p.slice(1);
      });
      return r;
    };
    const words: IndexContent['languages'][string]['words'] = {};
    const misplaced: string[] = [];
    for (const [from, to, chunkHash] of meta[2]) {
      for (const w of read(join(dir, 'index', `${chunkHash}.pf_index`))[0]) {
        words[w[0]] = { pages: byUrl(w[1]), variants: Object.fromEntries(w[2].map((v: any) => [v[0], byUrl(v[1])])) };
        if (!(w[0] >= from || w[0].startsWith(from)) || !(w[0] <= to || w[0].startsWith(to))) misplaced.push(w[0]);
      }
    }
    const filters: Record<string, Record<string, string[]>> = {};
    for (const [name, filterHash] of meta[3]) {
      const f = read(join(dir, 'filter', `${filterHash}.pf_filter`));
      filters[name] = Object.fromEntries(f[1].map((v: any) => [v[0], v[1].map((n: number) => urls[n]).sort()]));
    }
    out.languages[lang] = { pageCount: page_count, pages, words, filters, rest: meta.slice(4), misplaced };
  }
  return out;
}

/** The files of a bundle, except those named by a hash of their content. */
export function fixedFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => !/\.pf_meta$/.test(f) && !['index', 'filter', 'fragment'].includes(f)).sort();
}
