import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { ingest, IngestError } from '../ingest/index.ts';
import { listTranscriptFiles } from '../loader/interviews.ts';
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
        const contentDir = join(root, options.contentDir ?? process.env.INTERVIEWS_DIR ?? 'content/interviews');
        const out = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        let records = 0;
        for (const name of await listTranscriptFiles(contentDir)) {
          let t;
          try {
            t = ingest(new Uint8Array(await readFile(join(contentDir, name))), join(options.contentDir ?? 'content/interviews', name)).transcript;
          } catch (e) {
            if (e instanceof IngestError) continue; // already reported by the loader
            throw e;
          }
          for (const r of searchRecords(t, base)) {
            const res = await index.addCustomRecord(r);
            if (res.errors.length) throw new Error(`Pagefind rejected ${r.url}: ${res.errors.join('; ')}`);
            records++;
          }
        }
        const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${records} search records`);
      },
    },
  };
}
