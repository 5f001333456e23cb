import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const OUTPUT = join(ROOT, 'tests/.output');

/** The test site's content: the bundled interview, every hand-labelled fixture, a hostile file and warning-level files. */
export function assembleContent(): string {
  const dir = join(OUTPUT, 'content');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, 'content/interviews'), dir, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/transcripts/podcast-qa.md'), join(dir, 'podcast-qa.md'));
  cpSync(join(ROOT, 'tests/fixtures/transcripts/chipmaker-initials.txt'), join(dir, 'chipmaker-initials.txt'));
  cpSync(join(ROOT, 'tests/fixtures/transcripts/entrevista-es.md'), join(dir, 'entrevista-es.md'));
  cpSync(join(ROOT, 'tests/fixtures/transcripts/clean-short.md'), join(dir, 'clean-short.md'));
  cpSync(join(ROOT, 'tests/fixtures/transcripts/timestamps.txt'), join(dir, 'timestamps.txt'));
  cpSync(join(ROOT, 'tests/fixtures/transcripts/label-lines.md'), join(dir, 'label-lines.md'));
  // An answer holding a table wider than a phone's screen.
  cpSync(join(ROOT, 'tests/fixtures/transcripts/table-answer.md'), join(dir, 'table-answer.md'));
  // A talk given as one turn of many paragraphs: search ranks and lands by its best passage.
  cpSync(join(ROOT, 'tests/fixtures/transcripts/long-talk.md'), join(dir, 'long-talk.md'));
  cpSync(join(ROOT, 'tests/fixtures/bad/hostile.md'), join(dir, 'hostile.md'));
  // An interview in another language than the rest: found from any page's search.
  cpSync(join(ROOT, 'tests/fixtures/formats/interview-de.md'), join(dir, 'interview-de.md'));
  // Chinese, written without spaces between words, found by a phrase of its characters.
  cpSync(join(ROOT, 'tests/fixtures/formats/interview-zh.md'), join(dir, 'interview-zh.md'));
  // Thai, written without spaces between words: split into words by a dictionary for the index and the query.
  cpSync(join(ROOT, 'tests/fixtures/formats/interview-th.md'), join(dir, 'interview-th.md'));
  // Arabic, written right to left.
  cpSync(join(ROOT, 'tests/fixtures/formats/interview-ar.md'), join(dir, 'interview-ar.md'));
  // French, whose articles elide into the next word (`l’hybridation`).
  cpSync(join(ROOT, 'tests/fixtures/formats/interview-fr.md'), join(dir, 'interview-fr.md'));
  // Start times, with a recording to play them in: an audio file, and a video page.
  cpSync(join(ROOT, 'tests/fixtures/formats/podcast-export.md'), join(dir, 'podcast-export.md'));
  cpSync(join(ROOT, 'tests/fixtures/formats/timestamped.md'), join(dir, 'timestamped.md'));
  // Caption files from recording tools: WebVTT with voices, and SubRip.
  cpSync(join(ROOT, 'tests/fixtures/formats/captions-voices.vtt'), join(dir, 'captions-voices.vtt'));
  cpSync(join(ROOT, 'tests/fixtures/formats/captions-numbered.srt'), join(dir, 'captions-numbered.srt'));
  // A broadcaster's transcript (`NAME, HOST:`, stage directions), and full names alone in bold.
  cpSync(join(ROOT, 'tests/fixtures/formats/broadcast-npr.txt'), join(dir, 'broadcast-npr.txt'));
  cpSync(join(ROOT, 'tests/fixtures/formats/bold-names.md'), join(dir, 'bold-names.md'));
  // A newsletter post saved with its page: logo, banner, subscribe box, the discussion under it.
  cpSync(join(ROOT, 'tests/fixtures/formats/newsletter-page.md'), join(dir, 'newsletter-page.md'));
  // A hearing's record: `Senator WHITFIELD.` labels, headings in capitals, a note on proceedings.
  cpSync(join(ROOT, 'tests/fixtures/formats/hearing-record.txt'), join(dir, 'hearing-record.txt'));
  // A scraped article page: navigation, cookie notice, related links and comments around the interview.
  cpSync(join(ROOT, 'tests/fixtures/formats/scraped-comments.md'), join(dir, 'scraped-comments.md'));
  // Warning-level input builds; its problems are logged, not fatal.
  cpSync(join(ROOT, 'tests/fixtures/bad/unknown-speaker-key.md'), join(dir, 'unknown-speaker-key.md'));
  cpSync(join(ROOT, 'tests/fixtures/bad/latin1.txt'), join(dir, 'latin1.txt'));
  return dir;
}

/**
 * Builds the site with the project's own Node and Astro into `outDir`; returns the build log.
 * `keepOutput`: build over what is there, as a rebuild does, instead of into an empty folder.
 * `force`: Astro's `--force`, which starts from an empty content store (and ingests every file).
 */
export function buildSite(outDir: string, env: Record<string, string>, { keepOutput = false, force = true } = {}): string {
  if (!keepOutput) rmSync(outDir, { recursive: true, force: true });
  // Vitest exports Vite's own variables (BASE_URL=/, MODE, ...) into process.env; a child build
  // must not inherit them, or they override the site's configured base.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST|NODE_ENV)$/.test(k)));
  return execFileSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...(force ? ['--force'] : []), '--outDir', outDir], {
    cwd: ROOT,
    env: { ...inherited, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    encoding: 'utf8',
  });
}
