import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { buildCache, readTranscripts } from '../loader/directory.ts';
import { searchRecords } from './records.ts';

/** Builds the Pagefind index from the transcripts after Astro has written the site. */
export function searchIndex(options: { contentDir?: string } = {}): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'interview-reader:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const contentDir = resolve(root, options.contentDir ?? process.env.INTERVIEWS_DIR ?? 'content/interviews');
        const out = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        let records = 0;
        // Fatal problems were already reported (and failed the build) in the loader.
        const started = performance.now();
        const { transcripts } = await readTranscripts(contentDir, root, buildCache());
        const read = performance.now();
        for (const { result } of transcripts) {
          // One transcript's records at a time, sent concurrently: each call is a round trip to Pagefind.
          const batch = searchRecords(result.transcript, base);
          const added = await Promise.all(batch.map((r) => index.addCustomRecord(r)));
          added.forEach((res, i) => {
            if (res.errors.length) throw new Error(`Pagefind rejected ${batch[i]!.url}: ${res.errors.join('; ')}`);
          });
          records += batch.length;
        }
        // For editors: what ingestion removed from each file, and why. Not linked from any page.
        const report = Object.fromEntries(transcripts.map(({ result }) => [result.transcript.slug, result.transcript.removed.map(({ line, text, kind, reason }) => ({ line, text, kind, reason }))]));
        await writeFile(join(out, 'removed.json'), JSON.stringify(report, null, 1) + '\n');
        const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        const ms = (a: number, b: number) => `${((b - a) / 1000).toFixed(1)}s`;
        logger.info(`indexed ${records} search records (read ${ms(started, read)}, index ${ms(read, performance.now())})`);
      },
    },
  };
}
