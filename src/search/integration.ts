import { mkdirSync, writeFileSync } from 'node:fs';
import { cp, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { buildCache, readTranscripts } from '../loader/directory.ts';
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
  /** Seconds to write the record files, for Pagefind to read them, and to build and write the index. */
  phases: [number, number, number];
  staging: string;
  removed: Record<string, unknown>;
}

export function searchIndex(options: { contentDir?: string } = {}): AstroIntegration {
  let root = '';
  let base = '/';
  let cacheDir = '';
  let pending: Promise<Indexed | Error> | null = null;
  return {
    name: 'interview-reader:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        const contentDir = resolve(root, options.contentDir ?? process.env.INTERVIEWS_DIR ?? 'content/interviews');
        // Errors are kept, not thrown here: an unawaited rejection would crash the build
        // without saying where; build:done rethrows them.
        // Per process, so two builds of one project cannot write into each other's index.
        pending = buildIndex(contentDir, root, base, join(cacheDir, `pagefind-staging-${process.pid}`)).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const waitStarted = performance.now();
        const result = await pending;
        if (!result) throw new Error('the search index was not started (astro:build:start did not run)');
        if (result instanceof Error) throw result;
        const waited = (performance.now() - waitStarted) / 1000;
        const out = fileURLToPath(dir);
        await moveDir(result.staging, join(out, 'pagefind'));
        // For editors: what ingestion removed from each file, and why. Not linked from any page.
        await writeFile(join(out, 'removed.json'), JSON.stringify(result.removed, null, 1) + '\n');
        const [stage, read, write] = result.phases.map((x) => x.toFixed(1));
        logger.info(`indexed ${result.records} interviews, ${result.anchors} turns and headings (index ${result.seconds.toFixed(1)}s, alongside rendering; waited ${waited.toFixed(1)}s; records ${stage}s, Pagefind read ${read}s, write ${write}s)`);
      },
    },
  };
}

async function buildIndex(contentDir: string, root: string, base: string, staging: string): Promise<Indexed> {
  const started = performance.now();
  // Fatal problems were already reported (and failed the build) in the loader.
  const { transcripts } = await readTranscripts(contentDir, root, buildCache());
  const recordsDir = `${staging}-records`;
  await rm(recordsDir, { recursive: true, force: true });
  mkdirSync(recordsDir, { recursive: true });
  // Written synchronously, in one go: as promises, these writes queue behind Astro's bundling
  // and rendering on the same thread, and Pagefind cannot start before they are done.
  let records = 0;
  let anchors = 0;
  for (const { result } of transcripts) {
    const doc = searchDocument(result.transcript, base);
    writeFileSync(join(recordsDir, `${result.transcript.slug}.html`), documentHtml(doc));
    records++;
    anchors += doc.blocks.filter((b) => b.kind === 'turn' || b.kind === 'section').length;
  }
  const staged = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: recordsDir });
  if (added.errors.length) throw new Error(`Pagefind could not read the search documents: ${added.errors.join('; ')}`);
  if (added.page_count !== records) throw new Error(`Pagefind read ${added.page_count} of ${records} search documents from ${recordsDir}`);
  const read = performance.now();
  await rm(staging, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: staging });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  const done = performance.now();
  await rm(recordsDir, { recursive: true, force: true });
  const removed = Object.fromEntries(
    transcripts.map(({ result }) => [result.transcript.slug, result.transcript.removed.map(({ line, text, kind, reason }) => ({ line, text, kind, reason }))]),
  );
  const phases: Indexed['phases'] = [(staged - started) / 1000, (read - staged) / 1000, (done - read) / 1000];
  return { records, anchors, seconds: (performance.now() - started) / 1000, phases, staging, removed };
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
