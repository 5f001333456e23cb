import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cp, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { buildCache, ingestCacheDir, readTranscripts, releaseResults } from '../loader/directory.ts';
import { IndexFormatError } from './merge-index.ts';
import { documentHtml, searchDocument } from './records.ts';

/**
 * Builds the Pagefind index from the transcripts while Astro renders the pages.
 *
 * Pagefind indexes in its own process, so the work starts at `astro:build:start` (after the
 * content sync, when every transcript is already ingested and cached) and runs on the second
 * core alongside page rendering; it writes to a staging folder, because Astro empties the output
 * folder after that hook. `astro:build:done` waits for it and moves the index into place.
 * On a 1,000-interview archive this takes most of the indexing time off the build's critical path.
 */

interface Indexed {
  records: number;
  /** Turns and headings, each a sub-result. */
  anchors: number;
  seconds: number;
  /** How many Pagefind indexes were built, one after another, and merged into one. */
  parts: number;
  /** Seconds to write the record files, for Pagefind to index them, and to merge the parts. */
  phases: [number, number, number];
  staging: string;
  removed: Record<string, unknown>;
}

/**
 * Search documents per Pagefind process. Pagefind's memory follows the (word, page) pairs it
 * holds, about 35 times the documents' size at its peak: 13 MB of documents peak at 0.46 GB,
 * where a 1,000-interview archive (52 MB) in one index peaks at 1.8 GB. Smaller parts save
 * memory but cost time alongside rendering: 8 MB parts (7 for that archive, 0.3 GB each) made
 * the build wait 12 s for the index, against 4 s with parts of 13 MB.
 */
export const PART_BYTES = 12_000_000;

/** A folder of search document files for one Pagefind process. */
export interface Part {
  dir: string;
  files: string[];
}

export function searchIndex(options: { contentDir?: string; partBytes?: number } = {}): AstroIntegration {
  let root = '';
  let base = '/';
  let cacheDir = '';
  let cacheUrl: URL | undefined;
  let pending: Promise<Indexed | Error> | null = null;
  return {
    name: 'interview-reader:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
        cacheDir = fileURLToPath(config.cacheDir);
        cacheUrl = config.cacheDir;
      },
      'astro:build:start': ({ logger }) => {
        const contentDir = resolve(root, options.contentDir ?? process.env.INTERVIEWS_DIR ?? 'content/interviews');
        // Errors are kept, not thrown here: an unawaited rejection would crash the build
        // without saying where; build:done rethrows them.
        // Per process, so two builds of one project cannot write into each other's index.
        const partBytes = options.partBytes ?? (Number(process.env.SEARCH_PART_BYTES) || PART_BYTES);
        pending = buildIndex(contentDir, root, base, join(cacheDir, `pagefind-staging-${process.pid}`), logger, partBytes, cacheUrl).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const waitStarted = performance.now();
        const result = await pending;
        if (!result) throw new Error('the search index was not started (astro:build:start did not run)');
        if (result instanceof Error) throw result;
        const waited = (performance.now() - waitStarted) / 1000;
        const out = fileURLToPath(dir);
        await moveDir(result.staging, join(out, 'pagefind'));
        // For editors: what ingestion removed from each file, and why; beside the site, never in
        // it (it would republish the spam's link text).
        const report = `${out.replace(/[\\/]+$/, '')}.removed.json`;
        await writeFile(report, JSON.stringify(result.removed, null, 1) + '\n');
        logger.info(`what ingestion removed from each file, and why: ${relative(process.cwd(), report) || report} (not published)`);
        const [stage, index, merge] = result.phases.map((x) => x.toFixed(1));
        const parts = result.parts > 1 ? `Pagefind ${index}s in ${result.parts} parts, merge ${merge}s` : `Pagefind ${index}s`;
        logger.info(`indexed ${result.records} interviews, ${result.anchors} turns and headings (index ${result.seconds.toFixed(1)}s, alongside rendering; waited ${waited.toFixed(1)}s; records ${stage}s, ${parts})`);
      },
    },
  };
}

async function buildIndex(contentDir: string, root: string, base: string, staging: string, logger: AstroIntegrationLogger, partBytes = PART_BYTES, cacheDir?: URL): Promise<Indexed> {
  const started = performance.now();
  const recordsDir = `${staging}-records`;
  const { parts, anchors, removed } = await writeDocuments(contentDir, root, base, recordsDir, partBytes, cacheDir);
  const staged = performance.now();
  const { merged } = await indexInParts(parts, staging, logger);
  const indexed = merged ?? performance.now();
  const done = performance.now();
  await rm(recordsDir, { recursive: true, force: true });
  const phases: Indexed['phases'] = [(staged - started) / 1000, (indexed - staged) / 1000, (done - indexed) / 1000];
  return { records: Object.keys(removed).length, anchors, seconds: (performance.now() - started) / 1000, parts: parts.length, phases, staging, removed };
}

/**
 * Indexes the search documents in `parts`, one Pagefind process per part, into the bundle
 * `out`; more than one part is merged. Where the
 * merge does not know the parts' index format (IndexFormatError), indexes every file in one
 * process instead, as before parts existed, and warns. Returns when the merge started, if one did.
 */
export async function indexInParts(
  parts: Part[],
  out: string,
  logger: Pick<AstroIntegrationLogger, 'warn'>,
  merge: (parts: string[], out: string) => Promise<void> = mergeInChild,
): Promise<{ merged: number | null }> {
  await rm(out, { recursive: true, force: true });
  if (parts.length === 1) {
    await pagefindIndex(parts[0]!.dir, parts[0]!.files.length, out);
    return { merged: null };
  }
  const partDirs = parts.map((_, k) => `${out}-part-${k}`);
  try {
    for (const [k, { dir, files }] of parts.entries()) await pagefindIndex(dir, files.length, partDirs[k]!);
    const merged = performance.now();
    try {
      await merge(partDirs, out);
    } catch (e) {
      if (!(e instanceof IndexFormatError)) throw e;
      // A Pagefind whose index format the merge does not know: one index, in more memory.
      logger.warn(`${e.message}; indexing in one part instead`);
      await rm(out, { recursive: true, force: true });
      const all = `${out}-all`;
      await rm(all, { recursive: true, force: true });
      mkdirSync(all, { recursive: true });
      const files = parts.flatMap((part) => part.files);
      for (const f of files) await cp(f, join(all, basename(f)));
      await pagefindIndex(all, files.length, out);
      await rm(all, { recursive: true, force: true });
    }
    return { merged };
  } finally {
    await Promise.all(partDirs.map((d) => rm(d, { recursive: true, force: true })));
  }
}

/** One Pagefind process: reads the search documents in `dir`, writes its bundle to `out`. */
async function pagefindIndex(dir: string, count: number, out: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`Pagefind could not read the search documents: ${added.errors.join('; ')}`);
    if (added.page_count !== count) throw new Error(`Pagefind read ${added.page_count} of ${count} search documents from ${dir}`);
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

/**
 * Merges the parts in a child process: a few seconds of CPU that would otherwise hold up page
 * rendering on this thread, and memory that goes back to the system when it exits.
 */
async function mergeInChild(parts: string[], out: string): Promise<void> {
  const child = fork(fileURLToPath(new URL('./merge-worker.ts', import.meta.url)), [out, ...parts], { execArgv: [], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const reply = await new Promise<{ ok: true } | { formatError: string } | { error: string } | null>((done) => {
    child.on('message', (m) => done(m as Parameters<typeof done>[0]));
    child.on('error', () => done(null));
    child.on('exit', () => done(null));
  });
  if (reply === null) throw new Error(`merging the search index parts stopped without a result (src/search/merge-worker.ts; its errors are above)`);
  if ('formatError' in reply) throw new IndexFormatError(reply.formatError);
  if ('error' in reply) throw new Error(`merging the search index parts failed: ${reply.error}`);
}

/** A rename when both folders are on one file system, else a copy. */
async function moveDir(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  try {
    await rename(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
}

/** The primary language most interviews are in (`en` for `en-GB` and `en`): the search index's one language. */
export function siteLanguage(langs: string[]): string {
  const counts = new Map<string, number>();
  for (const l of langs) {
    const primary = l.split('-')[0]!.toLowerCase();
    counts.set(primary, (counts.get(primary) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'en';
}

/** Writes the search documents in parts of at most `partBytes` bytes. */
async function writeDocuments(contentDir: string, root: string, base: string, recordsDir: string, partBytes: number, cacheDir?: URL) {
  // Fatal problems were already reported (and failed the build) in the loader. The results may
  // be back on disk by now (src/loader/directory.ts, releaseResults): they are read from there.
  const cache = buildCache();
  const { transcripts } = await readTranscripts(contentDir, root, cache, cacheDir && { dir: ingestCacheDir(cacheDir), read: true });
  await rm(recordsDir, { recursive: true, force: true });
  // Written synchronously, in one go: as promises, these writes queue behind Astro's bundling
  // and rendering on the same thread, and Pagefind cannot start before they are done.
  let anchors = 0;
  const parts: Part[] = [];
  let partSize = 0;
  // One index in one language, so that a reader finds an interview in German from a page in
  // English (Pagefind loads the index of the page's language, or else its largest one).
  const language = siteLanguage(transcripts.map((t) => t.result.transcript.lang));
  for (const { result } of transcripts) {
    const doc = { ...searchDocument(result.transcript, base), language };
    const html = documentHtml(doc);
    const size = Buffer.byteLength(html);
    if (!parts.length || (partSize > 0 && partSize + size > partBytes)) {
      parts.push({ dir: join(recordsDir, String(parts.length)), files: [] });
      mkdirSync(parts.at(-1)!.dir, { recursive: true });
      partSize = 0;
    }
    const file = join(parts.at(-1)!.dir, `${result.transcript.slug}.html`);
    writeFileSync(file, html);
    parts.at(-1)!.files.push(file);
    partSize += size;
    anchors += doc.blocks.filter((b) => b.kind === 'turn' || b.kind === 'section').length;
  }
  // No transcripts: an empty index, as Pagefind writes it for no documents.
  if (!parts.length) {
    parts.push({ dir: join(recordsDir, '0'), files: [] });
    mkdirSync(parts[0]!.dir, { recursive: true });
  }
  const removed = Object.fromEntries(
    transcripts.map(({ result }) => [result.transcript.slug, result.transcript.removed.map(({ line, text, kind, reason }) => ({ line, text, kind, reason }))]),
  );
  // Not needed again until the answer pages, after rendering.
  releaseResults(cache);
  return { parts, anchors, removed };
}
