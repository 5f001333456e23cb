import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { syncedTranscripts, transcriptsFolder } from '../loader/directory.ts';
import { toCollection } from '../loader/entries.ts';
import { leftOut, renderCard, type CardFacts } from './preview-card.ts';
import { CARD_FILE } from './urls.ts';

/**
 * Writes each interview's preview card (`/<interview>/preview.png`, src/lib/preview-card.ts),
 * which its pages and its answers' pages name as og:image. Only a build with SITE_URL writes
 * them: a link preview needs the image's absolute address, and a build never makes one up.
 * Every interview gets one; text its font cannot draw is left out of it, and the build says so.
 *
 * A card depends only on an interview's title, names, publication and date, so cards are kept
 * in Astro's cache folder by those facts: a rebuild draws only the cards whose facts changed.
 */

/**
 * What a cached card was drawn with: bumped when the card's look changes, and the versions of the
 * packages that draw it, so an upgrade draws every card again.
 */
const require = createRequire(import.meta.url);
const CARD_VERSION = ['1', ...['satori', '@resvg/resvg-js', '@fontsource/inter'].map((p) => `${p}@${(require(`${p}/package.json`) as { version: string }).version}`)].join(' ');

export function previewCards(options: { contentDir?: string } = {}): AstroIntegration {
  let root = '';
  let cacheDir: URL | undefined;
  let site = false;
  return {
    name: 'interview-reader:preview-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = config.cacheDir;
        site = !!config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!site) return;
        const started = performance.now();
        const out = fileURLToPath(dir);
        const { transcripts } = await syncedTranscripts(transcriptsFolder(root, options.contentDir), root, cacheDir);
        const kept = cacheDir ? fileURLToPath(new URL('interview-reader-cards/', cacheDir)) : null;
        if (kept) mkdirSync(kept, { recursive: true });
        const used = new Set<string>();
        const lacking: string[] = [];
        const toDraw: { file: string; facts: CardFacts; target: string; key: string }[] = [];
        for (const { file, result } of transcripts) {
          const t = toCollection(result.transcript, 'transcripts')[0]!.data;
          const facts: CardFacts = { title: t.title, guest: t.guest, interviewer: t.interviewer, publication: t.publication, date: t.date, lang: t.lang };
          const key = `${createHash('sha256').update(JSON.stringify([CARD_VERSION, facts])).digest('hex').slice(0, 24)}.png`;
          const target = join(out, t.slug, CARD_FILE);
          used.add(key);
          const without = leftOut(facts);
          if (without.length) lacking.push(`${file} (${without.join(', ')})`);
          if (kept && existsSync(join(kept, key))) {
            try {
              copyFileSync(join(kept, key), target);
              continue;
            } catch {
              // Pruned by another build sharing the cache folder since: drawn again below.
            }
          }
          toDraw.push({ file, facts, target, key });
        }
        const cards = await drawAll(toDraw.map((d) => d.facts));
        toDraw.forEach(({ file, target, key }, i) => {
          const card = cards[i]!;
          if (card.missing) logger.warn(`${file}: its preview card has characters the font has no glyph for (${card.missing})`);
          writeFileSync(target, card.png);
          if (kept) writeFileSync(join(kept, key), card.png);
        });
        const drawn = toDraw.length;
        if (kept) for (const name of readdirSync(kept)) if (!used.has(name)) rmSync(join(kept, name), { force: true });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`preview cards: ${transcripts.length} written (${drawn} drawn, the rest unchanged since the last build) in ${seconds}s`);
        if (lacking.length) {
          logger.warn(`${lacking.length} preview card(s) leave out text in a script the card font (Inter: Latin, Cyrillic, Greek, Vietnamese) does not draw; their pages still preview with the full title and description: ${lacking.slice(0, 5).join(', ')}${lacking.length > 5 ? ', …' : ''}`);
        }
      },
    },
  };
}

/** Below this many cards, they are drawn in this process: starting a worker costs more. */
const MIN_CARDS = 16;

/**
 * Draws the cards, on every core when there are many (each takes tens of milliseconds): child processes
 * running src/lib/card-worker.ts, as ingestion's pool does (src/loader/ingest-pool.ts). Where a
 * worker cannot start or stops, the rest are drawn here; the bytes are the same either way.
 */
export async function drawAll(facts: CardFacts[], worker = new URL('./card-worker.ts', import.meta.url)): Promise<{ png: Buffer; missing: string }[]> {
  const count = Math.min(availableParallelism(), 4, Math.ceil(facts.length / 8));
  const out: ({ png: Buffer; missing: string } | undefined)[] = new Array(facts.length);
  if (facts.length >= MIN_CARDS && count >= 2) {
    const workers: ChildProcess[] = [];
    let next = 0;
    const run = (w: ChildProcess) =>
      new Promise<void>((done) => {
        let current = -1;
        const send = () => {
          if (next >= facts.length) return done();
          current = next++;
          w.send({ id: current, facts: facts[current] });
        };
        w.on('message', (m: { id: number; png?: Uint8Array; missing?: string; error?: string }) => {
          if (m.png) out[m.id] = { png: Buffer.from(m.png), missing: m.missing ?? '' };
          send();
        });
        // A worker that stops leaves its card, and the ones nobody took, to this process.
        w.on('exit', () => done());
        w.on('error', () => done());
        send();
      });
    try {
      for (let i = 0; i < count; i++) workers.push(fork(fileURLToPath(worker), [], { serialization: 'advanced', execArgv: [], stdio: ['ignore', 'ignore', 'ignore', 'ipc'] }));
      await Promise.all(workers.map(run));
    } catch {
      // Drawn here below.
    } finally {
      for (const w of workers) w.kill();
    }
  }
  for (let i = 0; i < facts.length; i++) out[i] ??= await renderCard(facts[i]!);
  return out as { png: Buffer; missing: string }[];
}
