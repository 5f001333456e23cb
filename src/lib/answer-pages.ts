import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildCache, releaseResults, syncedTranscripts, transcriptsFolder } from '../loader/directory.ts';
import { toCollection } from '../loader/entries.ts';
import { answersOf } from './answers.ts';
import { answerPagesByAstro, answerView, compileTemplate, type SiteAddress, TEMPLATE_ALONE, TEMPLATE_SLUG, TEMPLATE_WITH_QUESTION } from './answer-view.ts';

/**
 * Writes every answer's own page (`/<interview>/<answer>/`) from a template Astro rendered.
 *
 * Why not let Astro render them: an archive has far more answers than interviews (about fifty
 * answer pages per interview), and Astro's cost per page, whatever the page, made them most of
 * the build's rendering (bench/HISTORY.md). So `src/pages/[slug]/[answer].astro` renders two templates
 * (with and without a question) whose values are slots, and this fills the slots for each
 * answer, escaping as Astro does: the pages are byte for byte what Astro renders (a test
 * compares a build with ANSWER_PAGES=astro). The layout, styles and markup stay in the
 * component; only the per-page work moves here.
 */

export function answerPages(options: { contentDir?: string } = {}): AstroIntegration {
  let root = '';
  let cacheDir: URL | undefined;
  let at: SiteAddress = { site: undefined, base: '/' };
  return {
    name: 'interview-reader:answer-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = config.cacheDir;
        at = { site: config.site, base: config.base };
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (answerPagesByAstro()) return;
        const started = performance.now();
        const out = fileURLToPath(dir);
        const templates = join(out, TEMPLATE_SLUG);
        const read = (name: string) => {
          const file = join(templates, name, 'index.html');
          try {
            return compileTemplate(readFileSync(file, 'utf8'));
          } catch (e) {
            throw new Error(`the answer page template ${file} could not be read (${(e as Error).message}); src/pages/[slug]/[answer].astro renders it`);
          }
        };
        const withQuestion = read(TEMPLATE_WITH_QUESTION);
        const alone = read(TEMPLATE_ALONE);
        const { transcripts } = await syncedTranscripts(transcriptsFolder(root, options.contentDir), root, cacheDir);
        let pages = 0;
        // Synchronous on purpose: tens of thousands of small files in one tight loop take seconds; as promises they
        // would queue behind each other and hold every page in memory at once.
        for (const { result } of transcripts) {
          const transcript = toCollection(result.transcript, 'transcripts')[0]!.data;
          for (const a of answersOf(transcript, toCollection(result.transcript, 'turns').map((t) => t.data))) {
            const page = join(out, transcript.slug, a.answer.anchor);
            mkdirSync(page, { recursive: true });
            writeFileSync(join(page, 'index.html'), (a.question ? withQuestion : alone)(answerView(a, transcript, at)));
            pages++;
          }
        }
        releaseResults(buildCache());
        rmSync(templates, { recursive: true, force: true });
        logger.info(`wrote ${pages} answer pages from the answer template in ${((performance.now() - started) / 1000).toFixed(1)}s`);
      },
    },
  };
}
