import { mkdirSync, writeFileSync } from 'node:fs';
import { cp, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { buildCache, releaseResults, syncedTranscripts, transcriptsFolder } from '../loader/directory.ts';
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
  /** Seconds to write the search documents, and for Pagefind to index them. */
  phases: [number, number];
  staging: string;
  removed: Record<string, unknown>;
}

export function searchIndex(options: { contentDir?: string } = {}): AstroIntegration {
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
      'astro:build:start': () => {
        const contentDir = transcriptsFolder(root, options.contentDir);
        // Errors are kept, not thrown here: an unawaited rejection would crash the build
        // without saying where; build:done rethrows them.
        // Per process, so two builds of one project cannot write into each other's index.
        pending = buildIndex(contentDir, root, base, join(cacheDir, `pagefind-staging-${process.pid}`), cacheUrl).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
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
        const [stage, index] = result.phases.map((x) => x.toFixed(1));
        logger.info(`indexed ${result.records} interviews, ${result.anchors} turns and headings (index ${result.seconds.toFixed(1)}s, alongside rendering; waited ${waited.toFixed(1)}s; records ${stage}s, Pagefind ${index}s)`);
      },
    },
  };
}

async function buildIndex(contentDir: string, root: string, base: string, staging: string, cacheDir?: URL): Promise<Indexed> {
  const started = performance.now();
  const recordsDir = `${staging}-records`;
  const { count, anchors, removed } = await writeDocuments(contentDir, root, base, recordsDir, cacheDir);
  const staged = performance.now();
  await rm(staging, { recursive: true, force: true });
  await pagefindIndex(recordsDir, count, staging);
  await rm(recordsDir, { recursive: true, force: true });
  const phases: Indexed['phases'] = [(staged - started) / 1000, (performance.now() - staged) / 1000];
  return { records: Object.keys(removed).length, anchors, seconds: (performance.now() - started) / 1000, phases, staging, removed };
}

/**
 * Pagefind, through its Node API: reads the search documents in `dir`, writes its bundle to
 * `out`. It runs in its own process (the Node API starts one), on the other core while Astro
 * renders; its memory follows the words of every document at once (see bench/results/latest.md).
 */
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

/** Writes one search document per interview into `recordsDir`, as Pagefind's `addDirectory` reads them. */
async function writeDocuments(contentDir: string, root: string, base: string, recordsDir: string, cacheDir?: URL) {
  // Fatal problems were already reported (and failed the build) in the loader. The results may
  // be back on disk by now (src/loader/directory.ts, releaseResults): they are read from there.
  const { transcripts } = await syncedTranscripts(contentDir, root, cacheDir);
  await rm(recordsDir, { recursive: true, force: true });
  mkdirSync(recordsDir, { recursive: true });
  // Written synchronously, in one go: as promises, these writes queue behind Astro's bundling
  // and rendering on the same thread, and Pagefind cannot start before they are done.
  let anchors = 0;
  // One index in one language, so that a reader finds an interview in German from a page in
  // English (Pagefind loads the index of the page's language, or else its largest one).
  const language = siteLanguage(transcripts.map((t) => t.result.transcript.lang));
  for (const { result } of transcripts) {
    const doc = { ...searchDocument(result.transcript, base), language };
    writeFileSync(join(recordsDir, `${result.transcript.slug}.html`), documentHtml(doc));
    anchors += doc.blocks.filter((b) => b.kind === 'turn' || b.kind === 'section').length;
  }
  const removed = Object.fromEntries(
    transcripts.map(({ result }) => [result.transcript.slug, result.transcript.removed.map(({ line, text, kind, reason }) => ({ line, text, kind, reason }))]),
  );
  // Not needed again until the answer pages, after rendering.
  releaseResults(buildCache());
  return { count: transcripts.length, anchors, removed };
}
