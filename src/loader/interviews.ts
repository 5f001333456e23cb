import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatDiagnostic, type IngestResult } from '../ingest/index.ts';
import { buildCache, EXTENSIONS, ingestCacheDir, readTranscripts, releaseResults, type DirectoryResult } from './directory.ts';
import { COLLECTIONS, toCollection, type Collections } from './entries.ts';
import { pipelineVersion } from './ingest-disk-cache.ts';
import { keepForRender } from './render-store.ts';

/**
 * A thin adapter from the ingestion pipeline to Astro's content layer. One loader fills the
 * `transcripts`, `sections` and `turns` collections; each file is ingested once (shared across
 * the three collections, and kept on disk for the next build until the file or the pipeline
 * changes), and entries of an unchanged file keep their digest, so Astro skips re-validating and
 * re-storing them.
 */

export interface InterviewLoaderOptions {
  /** Folder of transcripts, relative to the project root. */
  base: string;
  collection: keyof Collections;
}

const cache = buildCache();
const logged = new Set<string>();
/** Folder reads already summed up in the log (the three collections share one). */
const reported = new WeakSet<object>();
/** The collections that have taken their entries from a read. */
const served = new WeakMap<DirectoryResult, Set<string>>();

export function interviewLoader(options: InterviewLoaderOptions): Loader {
  return {
    name: `interview-loader:${options.collection}`,
    load: async (ctx) => {
      await load(ctx, options);
      watch(ctx, options);
    },
  };
}

/**
 * `astro dev`: a saved, added or deleted transcript loads the collection again, as Astro's own
 * `glob` loader does; only the changed file is ingested (the others' digests are unchanged), and
 * Astro reloads the page that shows it.
 */
function watch(ctx: LoaderContext, options: InterviewLoaderOptions): void {
  const { watcher } = ctx;
  if (!watcher) return;
  const dir = resolve(fileURLToPath(ctx.config.root), options.base);
  watcher.add(dir);
  let running: Promise<void> = Promise.resolve();
  const onChange = (path: string) => {
    if (!resolve(path).startsWith(`${dir}/`) || !EXTENSIONS.test(path)) return;
    // One reload at a time, in the order the changes came.
    running = running.then(() => load(ctx, options)).catch((e: unknown) => ctx.logger.error(e instanceof Error ? e.message : String(e)));
  };
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  watcher.on('unlink', onChange);
}

/**
 * What, besides a file's bytes, decides its entries: the pipeline that ingests it (its version,
 * as the ingest cache keys results) and entries.ts, which flattens the result into entries.
 * Astro keeps its store across builds and clears it only when the configuration changes, so an
 * entry's digest must change with them, or a new pipeline would leave old entries in place.
 * Where they cannot be read, a fresh value: every entry is stored again.
 */
function entriesVersion(root: string): string {
  const pipeline = pipelineVersion(root);
  let flatten: Buffer;
  try {
    flatten = readFileSync(new URL('./entries.ts', import.meta.url));
  } catch {
    return randomUUID();
  }
  return pipeline === null ? randomUUID() : createHash('sha256').update(pipeline).update(flatten).digest('hex').slice(0, 16);
}

/** One line for a whole build: "3 interviews, 412 spam and chrome lines removed, 2 paragraphs with a guessed speaker in 1 file, 0 warnings". */
export function buildSummary(results: IngestResult[]): string {
  const n = results.length;
  const removed = results.reduce((s, r) => s + r.transcript.removed.length, 0);
  const uncertain = results.reduce((s, r) => s + r.uncertain.length, 0);
  const unsureFiles = results.filter((r) => r.uncertain.length).length;
  const warnings = results.reduce((s, r) => s + r.transcript.warnings.length, 0);
  const plural = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
  return [
    plural(n, 'interview'),
    `${plural(removed, 'spam or chrome line')} removed`,
    uncertain ? `${plural(uncertain, 'paragraph')} with a guessed speaker in ${plural(unsureFiles, 'file')}` : 'every speaker certain',
    plural(warnings, 'warning'),
  ].join(', ');
}

const printed = new Set<string>();

async function load(ctx: LoaderContext, options: InterviewLoaderOptions): Promise<void> {
  keepForRender(ctx.collection, ctx.store);
  const root = fileURLToPath(ctx.config.root);
  // Results of earlier builds are used only while Astro's own store is kept too: a first or a
  // forced build (`--force` empties the store) ingests every file again.
  const diskCache = { dir: ingestCacheDir(ctx.config.cacheDir), read: ctx.store.keys().length > 0 };
  const read = await readTranscripts(resolve(root, options.base), root, cache, diskCache);
  const { transcripts, errors } = read;
  if (!reported.has(read)) {
    reported.add(read);
    if (read.fromDisk) ctx.logger.info(`${read.ingested} file${read.ingested === 1 ? '' : 's'} ingested, ${read.fromDisk} unchanged since an earlier build`);
    ctx.logger.info(buildSummary(transcripts.map((t) => t.result)));
    for (const w of read.warnings) ctx.logger.warn(w);
  }
  const version = entriesVersion(root);
  const keepIds = new Set<string>();
  for (const { file, digest, result } of transcripts) {
    const t = result.transcript;
    if (!logged.has(`${file}:${digest}`)) {
      logged.add(`${file}:${digest}`);
      // Quiet for a file that needs nothing; a line for one whose speakers are partly a guess.
      if (result.uncertain.length) ctx.logger.warn(`${file}: ${result.uncertain.length} paragraph${result.uncertain.length === 1 ? "'s speaker is" : "s' speakers are"} a guess (see \`npm run review -- ${file}\`)`);
      for (const w of t.warnings) ctx.logger.warn(formatDiagnostic(w));
    }
    // One digest for all of a file's entries: a distinct one per entry would add a value per turn
    // to the store, which Astro writes whole after every content sync.
    const entryDigest = ctx.generateDigest(`${version}:${digest}`);
    for (const entry of toCollection(t, options.collection)) {
      keepIds.add(entry.id);
      if (ctx.store.get(entry.id)?.digest === entryDigest) continue;
      const data = await ctx.parseData({ id: entry.id, data: entry.data as unknown as Record<string, unknown> });
      ctx.store.set({ id: entry.id, data, digest: entryDigest });
    }
  }
  for (const id of ctx.store.keys()) if (!keepIds.has(id)) ctx.store.delete(id);
  // Once all three collections have their entries, the results go back to disk until the
  // search index and the answer pages read them (src/loader/directory.ts, releaseResults).
  const done = served.get(read) ?? new Set();
  served.set(read, done.add(options.collection));
  if (COLLECTIONS.every((c) => done.has(c))) releaseResults(cache);
  if (errors.length) {
    // The three collections read the same folder: each error is printed once.
    for (const e of errors) {
      if (printed.has(e)) continue;
      printed.add(e);
      ctx.logger.error(e);
    }
    const err = new Error(`${errors.length} transcript file${errors.length === 1 ? '' : 's'} could not be built (see the errors above)`);
    err.stack = err.message; // the lines above say what and where; a stack trace would not help
    throw err;
  }
}
