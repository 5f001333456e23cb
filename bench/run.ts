import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../src/serve.ts';
import { generateArchive } from './generate.ts';
import { ingest } from '../src/ingest/index.ts';
import { pageWeight } from './page-weight.ts';
import { writeStarlightSite } from './starlight.ts';

/**
 * `npm run bench [-- --quick | --ingest-only | --relevance-only | --lighthouse-only]`: archive scale (build time, RSS, output and index size),
 * rebuild after one edit, page weight, and search speed in Chromium. Prints a table and writes
 * bench/results/latest.json and latest.md.
 */

const ROOT = new URL('../', import.meta.url).pathname;
const quick = process.argv.includes('--quick');
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));
const SIZES = sizesArg ? sizesArg.slice(8).split(',').map(Number) : quick ? [1, 20] : [1, 100, 1000];
const WORK = join(tmpdir(), 'interview-reader-bench');
const NODE = join(ROOT, 'node_modules/.bin/node');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function dirBytes(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) n += e.isDirectory() ? dirBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size;
  return n;
}

/** Sum of RSS over a process and all its descendants, from /proc. */
/** RSS of a process tree: in total, and of its root (the Astro process; the rest is Pagefind's). */
function treeRss(pid: number): { total: number; root: number } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
      rss.set(Number(name), Number(fields[21]) * 4096);
    } catch {
      /* the process ended */
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    total += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return { total, root: rss.get(pid) ?? 0 };
}

interface BuildResult {
  seconds: number;
  peakRss: number;
  /** Peak of the Astro process alone, and of its children (Pagefind) alone; they need not peak together. */
  peakAstroRss: number;
  peakChildRss: number;
  log: string;
}

function build(contentDir: string, outDir: string, force: boolean, env: Record<string, string> = {}, cwd = ROOT): Promise<BuildResult> {
  return new Promise((ok, fail) => {
    const args = [ASTRO, 'build', '--outDir', outDir, ...(force ? ['--force'] : [])];
    const started = performance.now();
    const child = spawn(NODE, args, { cwd, env: { ...process.env, INTERVIEWS_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    let peak = 0;
    let peakAstro = 0;
    let peakChild = 0;
    const timer = setInterval(() => {
      const { total, root } = treeRss(child.pid!);
      peak = Math.max(peak, total);
      peakAstro = Math.max(peakAstro, root);
      peakChild = Math.max(peakChild, total - root);
    }, 250);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) fail(new Error(`build failed (${code}):\n${log.slice(-3000)}`));
      else ok({ seconds: (performance.now() - started) / 1000, peakRss: peak, peakAstroRss: peakAstro, peakChildRss: peakChild, log });
    });
  });
}

interface Phases {
  indexSeconds: number;
  indexWaitSeconds: number;
  indexPhases: string;
  syncSeconds: number;
  bundleSeconds: number;
  renderSeconds: number;
  answerPagesSeconds: number;
  /** Pages Astro rendered plus answer pages stamped from its template. */
  pages: number;
}

/** Phase times from the build log: Astro's own lines and the integrations' summaries. */
function phases(log: string): Phases {
  const index = /indexed \d+ interviews, \d+ turns and headings \(index ([\d.]+)s, alongside rendering; waited ([\d.]+)s;/.exec(log);
  const astroPages = /(\d+) page\(s\) built/.exec(log);
  const answers = /wrote (\d+) answer pages from the answer template in ([\d.]+)s/.exec(log);
  const indexPhases = /records [\d.]+s, Pagefind [^)]*/.exec(log)?.[0] ?? '';
  const seconds = (m: RegExpExecArray | null) => (m ? Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1) : NaN);
  // Content sync is the first "[build] Completed in", page rendering the unprefixed one after "generating static routes".
  const sync = /\[build\] ✓ Completed in (?:(\d+)m )?([\d.]+)(m?s)/.exec(log);
  const bundle = /\[vite\] ✓ built in (?:(\d+)m )?([\d.]+)(m?s)/.exec(log);
  const render = /generating static routes[\s\S]*?\n[^\n\[]*✓ Completed in (?:(\d+)m )?([\d.]+)(m?s)/.exec(log);
  return {
    indexSeconds: index ? Number(index[1]) : NaN,
    indexWaitSeconds: index ? Number(index[2]) : NaN,
    indexPhases,
    syncSeconds: seconds(sync),
    bundleSeconds: seconds(bundle),
    renderSeconds: seconds(render),
    answerPagesSeconds: answers ? Number(answers[2]) : 0,
    pages: (astroPages ? Number(astroPages[1]) : NaN) + (answers ? Number(answers[1]) : 0),
  };
}

async function searchTimings(siteDir: string, port: number, queries: string[]) {
  const server = await serve(siteDir, port);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForLoadState('networkidle');
    // Bytes on the wire (compressed as a static host serves them), and decoded.
    let bytes = 0;
    let decoded = 0;
    page.on('requestfinished', async (req) => {
      if (!req.url().includes('/pagefind/')) return;
      const sizes = await req.sizes().catch(() => null);
      if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      const res = await req.response();
      decoded += (await res?.body().catch(() => Buffer.alloc(0)))?.length ?? 0;
    });
    const timeQuery = (q: string) =>
      page.evaluate(
        (query) =>
          new Promise<number>((done) => {
            const input = document.getElementById('search-input') as HTMLInputElement;
            const status = document.querySelector('.search-status');
            const start = performance.now();
            const check = () => {
              if (input.value === query && status && /result|No answers/.test(status.textContent ?? '') && status.getAttribute('data-for') === query) done(performance.now() - start);
              else requestAnimationFrame(check);
            };
            input.value = query;
            input.dispatchEvent(new Event('input'));
            requestAnimationFrame(check);
          }),
        q,
      );
    await page.focus('#search-input');
    const first = await timeQuery(queries[0]!);
    await page.waitForTimeout(300);
    const firstBytes = bytes;
    const firstDecoded = decoded;
    const times: number[] = [];
    for (const q of queries.slice(1)) times.push(await timeQuery(q));
    return { firstQueryMs: first, firstQueryBytes: firstBytes, firstQueryDecodedBytes: firstDecoded, medianQueryMs: median(times), queries: times.length };
  } finally {
    await browser.close();
    server.close();
  }
}

const LIGHTHOUSE_PORT = 4397;

/** The pages Lighthouse audits: home, the bundled interview, and its first answer page with a question. */
function lighthousePages(siteDir: string): string[] {
  const slug = 'stratechery-altman-2025';
  const answer = readdirSync(join(siteDir, slug), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(siteDir, slug, d.name, 'index.html')))
    .map((d) => d.name)
    .find((name) => readFileSync(join(siteDir, slug, name, 'index.html'), 'utf8').includes('class="turn interviewer question"'));
  if (!answer) throw new Error(`no answer page with a question under ${join(siteDir, slug)}`);
  return ['', `${slug}/`, `${slug}/${answer}/`];
}

async function lighthouse(siteDir: string, port: number, paths: string[]) {
  const server = await serve(siteDir, port);
  const out: Record<string, Record<string, number>> = {};
  try {
    for (const path of paths) {
      const report = join(WORK, 'lighthouse.json');
      // Asynchronous: the server answering Lighthouse runs in this process.
      await promisify(execFile)(NODE, [join(ROOT, 'node_modules/lighthouse/cli/index.js'), `http://127.0.0.1:${port}/${path}`, '--quiet', '--output=json', `--output-path=${report}`,
        '--only-categories=performance,accessibility,best-practices,seo', '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking'],
        { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, timeout: 180_000 });
      const r = JSON.parse(readFileSync(report, 'utf8')) as { categories: Record<string, { score: number }> };
      out[path || 'home'] = Object.fromEntries(Object.entries(r.categories).map(([k, c]) => [k, Math.round(c.score * 100)]));
    }
  } finally {
    server.close();
  }
  return out;
}

/** Ingestion alone, in this process on one core: MB of transcript per second (median of five passes over 100 generated files). */
function ingestThroughput() {
  const files = generateArchive(100).map((a) => ({ name: a.name, bytes: new TextEncoder().encode(a.text) }));
  const total = files.reduce((n, f) => n + f.bytes.length, 0);
  for (const f of files.slice(0, 10)) ingest(f.bytes, f.name); // warm up
  const passes: number[] = [];
  for (let r = 0; r < 5; r++) {
    const start = performance.now();
    for (const f of files) ingest(f.bytes, f.name);
    passes.push(total / 1e6 / ((performance.now() - start) / 1000));
  }
  return { files: files.length, bytes: total, mbPerSecond: median(passes), allMbPerSecond: passes.map((x) => Number(x.toFixed(2))) };
}

/**
 * Relevance in Chromium, through the site's own search: for each query, the anchors of the first
 * five results against the answers that satisfy it. hit@1: the first is one of them; MRR@5: the
 * mean of 1/rank of the first right one within five.
 */
async function relevance(siteDir: string, port: number, path: string, file: string) {
  const { queries } = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as { queries: { q: string; expect: string[] }[] };
  const server = await serve(siteDir, port);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/${path}`);
    let hits = 0;
    let reciprocal = 0;
    const misses: string[] = [];
    // Expected answers the site does not have (a typo, an id that changed): said, not silently missed.
    const known = (id: string) => {
      const [slug, anchor] = id.includes('/') ? id.split('/') : [null, id];
      return slug ? existsSync(join(siteDir, slug)) && readFileSync(join(siteDir, slug, 'index.html'), 'utf8').includes(`id="${anchor}"`) : true;
    };
    const unknown = queries.flatMap(({ expect: want }) => want.filter((id) => !known(id)));
    for (const { q, expect: want } of queries) {
      await page.fill('#search-input', '');
      await page.fill('#search-input', q);
      await page.waitForFunction((query) => document.querySelector('.search-status')?.getAttribute('data-for') === query, q);
      // Each result as `<interview>/<anchor>`; an expected answer names both, or the anchor alone.
      const got = await page.$$eval('.search-results [role=option] a', (as) =>
        as.slice(0, 5).map((a) => {
          const href = new URL(a.getAttribute('href') ?? '', location.href);
          return `${decodeURIComponent(href.pathname.split('/').filter(Boolean).at(-1) ?? '')}/${decodeURIComponent(href.hash.slice(1))}`;
        }),
      );
      const rank = got.findIndex((id) => want.includes(id) || want.includes(id.slice(id.indexOf('/') + 1)));
      if (rank === 0) hits++;
      else misses.push(`${q} -> ${got[0] || '(nothing)'}`);
      if (rank >= 0) reciprocal += 1 / (rank + 1);
    }
    return { queries: queries.length, hitAt1: hits / queries.length, mrrAt5: reciprocal / queries.length, misses, unknown };
  } finally {
    await browser.close();
    server.close();
  }
}

/** The development corpus beside the project, as an archive with the bundled interview; null without it. */
async function corpusArchive(): Promise<string | null> {
  const corpus = join(ROOT, '..', 'shared', 'corpus');
  let cases: string[];
  try {
    cases = readdirSync(corpus).filter((d) => /^\d/.test(d));
  } catch {
    return null;
  }
  const dir = join(WORK, 'archive-corpus');
  mkdirSync(dir, { recursive: true });
  for (const c of cases) writeFileSync(join(dir, `${c}.md`), readFileSync(join(corpus, c, 'input.md')));
  writeFileSync(join(dir, 'stratechery-altman-2025.txt'), readFileSync(join(ROOT, 'content/interviews/stratechery-altman-2025.txt')));
  await build(dir, join(WORK, 'site-corpus'), true);
  return join(WORK, 'site-corpus');
}

const QUERIES = ['TSMC', 'capacity', 'Zillow', 'Instagram ads', 'Sora', 'financing', 'electrons', 'Google', 'plugins', 'checkout', 'ad model', 'creators', 'social product', 'Twitter', 'anecdotes', 'normies', 'iPhone', 'logo', 'market cap', 'copyright', 'infrastructure'];

async function main() {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model, ramGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
    mode: quick ? 'quick' : 'full',
  };

  // A partial run (--ingest-only, --relevance-only, --lighthouse-only) never overwrites the full run's results.
  const partial = process.argv.some((a) => /^--\w+-only$/.test(a));
  const name = partial ? 'partial' : quick ? 'quick' : 'latest';
  const save = () => {
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(join(ROOT, `bench/results/${name}.json`), JSON.stringify(results, null, 2) + '\n');
  };

  // 0. Ingestion throughput per core.
  results.ingest = ingestThroughput();
  save();
  console.log(`ingestion: ${(results.ingest as { mbPerSecond: number }).mbPerSecond.toFixed(2)} MB/s per core`);
  if (process.argv.includes('--ingest-only')) return;
  if (process.argv.includes('--lighthouse-only')) {
    const site = join(WORK, 'site-bundled');
    await build(join(ROOT, 'content/interviews'), site, true, { SITE_URL: `http://127.0.0.1:${LIGHTHOUSE_PORT}` });
    results.lighthouse = await lighthouse(site, LIGHTHOUSE_PORT, lighthousePages(site));
    console.log(JSON.stringify(results.lighthouse, null, 1));
    return;
  }
  if (process.argv.includes('--relevance-only')) {
    const site = join(WORK, 'site-bundled');
    await build(join(ROOT, 'content/interviews'), site, true);
    const corpus = await corpusArchive();
    results.relevance = {
      bundled: await relevance(site, 4396, 'stratechery-altman-2025/', 'tests/fixtures/queries.json'),
      ...(corpus ? { corpusArchive: await relevance(corpus, 4395, '', 'tests/fixtures/archive-queries.json'), corpusArchiveHeldOut: await relevance(corpus, 4395, '', 'tests/fixtures/archive-queries-heldout.json'), corpusArchiveHeldOut2: await relevance(corpus, 4395, '', 'tests/fixtures/archive-queries-heldout2.json') } : {}),
    };
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench/results/relevance.json'), JSON.stringify(results, null, 2) + '\n');
    console.log(JSON.stringify(results.relevance, null, 1));
    return;
  }

  // 1. Archive scale.
  const scale: Record<string, unknown>[] = [];
  for (const n of SIZES) {
    const dir = join(WORK, `archive-${n}`);
    mkdirSync(dir, { recursive: true });
    let textBytes = 0;
    for (const a of generateArchive(n)) {
      writeFileSync(join(dir, a.name), a.text);
      textBytes += a.text.length;
    }
    const runs = 3;
    const builds: BuildResult[] = [];
    // The largest archive is built alternately with the peer, a stock Starlight site of as many
    // pages (bench/starlight.ts), so that its figures are side-by-side ones.
    const withPeer = n === SIZES.at(-1) && !quick;
    const peerDir = join(ROOT, 'bench/.peer/starlight');
    if (withPeer) writeStarlightSite(peerDir, n, readFileSync(join(ROOT, 'content/interviews/stratechery-altman-2025.txt')), 'stratechery-altman-2025.txt');
    const peerBuilds: BuildResult[] = [];
    for (let r = 0; r < runs; r++) {
      // Each run starts from an empty output folder, as a fresh clone or CI does; a build over a
      // full one (the rebuild figure) moves it aside and deletes it alongside (src/lib/output-folder.ts).
      if (withPeer) {
        rmSync(join(WORK, 'site-starlight'), { recursive: true, force: true });
        peerBuilds.push(await build(peerDir, join(WORK, 'site-starlight'), true, {}, peerDir));
      }
      rmSync(join(WORK, `site-${n}`), { recursive: true, force: true });
      builds.push(await build(dir, join(WORK, `site-${n}`), true));
    }
    const seconds = median(builds.map((b) => b.seconds));
    const b = builds.find((x) => x.seconds === seconds)!;
    const row = {
      interviews: n,
      textBytes,
      runs,
      seconds,
      secondsPerInterview: seconds / n,
      allSeconds: builds.map((x) => Number(x.seconds.toFixed(1))),
      peakRssBytes: Math.max(...builds.map((x) => x.peakRss)),
      peakAstroRssBytes: Math.max(...builds.map((x) => x.peakAstroRss)),
      peakPagefindRssBytes: Math.max(...builds.map((x) => x.peakChildRss)),
      outputBytes: dirBytes(join(WORK, `site-${n}`)),
      indexBytes: dirBytes(join(WORK, `site-${n}`, 'pagefind')),
      ...phases(b.log),
    };
    scale.push(row);
    console.log(`archive ${n}: ${seconds.toFixed(1)} s, ${mb(row.peakRssBytes)} peak RSS, ${row.pages} pages, index ${mb(row.indexBytes)}`);
    if (withPeer) {
      const peerSeconds = median(peerBuilds.map((x) => x.seconds));
      const peak = Math.max(...peerBuilds.map((x) => x.peakRss));
      results.peer = {
        name: 'Starlight (stock, one page per interview, its Pagefind search)',
        interviews: n,
        seconds: peerSeconds,
        allSeconds: peerBuilds.map((x) => Number(x.seconds.toFixed(1))),
        peakRssBytes: peak,
        wallRatio: seconds / peerSeconds,
        peakRatio: row.peakRssBytes / peak,
      };
      save();
      console.log(`peer, Starlight ${n}: ${peerSeconds.toFixed(1)} s, ${mb(peak)} peak RSS; ratios: wall ${(seconds / peerSeconds).toFixed(2)}, peak ${(row.peakRssBytes / peak).toFixed(2)}`);
    }
    // The largest archive again after editing one file, over the output of its last build and
    // with the caches that build left: what an editor of a large archive waits for. Measured here,
    // before any other archive's build replaces those caches.
    if (n === SIZES.at(-1) && SIZES.length > 2) {
      const rebuilds: BuildResult[] = [];
      for (let r = 0; r < runs; r++) {
        appendFileSync(join(dir, readdirSync(dir)[r]!), '\nOne more question for the benchmark?\n');
        rebuilds.push(await build(dir, join(WORK, `site-${n}`), false));
      }
      const again = median(rebuilds.map((x) => x.seconds));
      const p = phases(rebuilds.find((x) => x.seconds === again)!.log);
      results.rebuildLarge = {
        interviews: n,
        firstSeconds: seconds,
        secondSeconds: again,
        allSeconds: rebuilds.map((x) => Number(x.seconds.toFixed(1))),
        ratio: again / seconds,
        syncSeconds: p.syncSeconds,
        peakRssBytes: Math.max(...rebuilds.map((x) => x.peakRss)),
      };
      console.log(`rebuild (${n}): after one edit ${again.toFixed(1)} s`);
    }
  }
  results.scale = scale;
  save();
  const t = (n: number) => (scale.find((r) => r.interviews === n)?.seconds as number | undefined) ?? NaN;
  const [small, large] = [SIZES.at(-2)!, SIZES.at(-1)!];
  results.scaleRatio = { sizes: [small, large], ratio: t(large) / t(small), linearWouldBe: large / small };

  // 2. Rebuild after editing one interview (content-layer cache kept: no --force).
  const mid = SIZES.length > 2 ? SIZES.at(-2)! : SIZES.at(-1)!;
  const midDir = join(WORK, `archive-${mid}`);
  const first = await build(midDir, join(WORK, 'rebuild'), true);
  const target = join(midDir, readdirSync(midDir)[0]!);
  appendFileSync(target, '\nOne more question for the benchmark?\n');
  const second = await build(midDir, join(WORK, 'rebuild'), false);
  results.rebuild = { interviews: mid, firstSeconds: first.seconds, secondSeconds: second.seconds, ratio: second.seconds / first.seconds };
  save();
  console.log(`rebuild (${mid}): first ${first.seconds.toFixed(1)} s, after one edit ${second.seconds.toFixed(1)} s`);

  // 3. Page weight of the bundled interview.
  const bundled = join(WORK, 'site-bundled');
  // Built as a deployed site is, with its address (canonical links, preview cards, JSON-LD).
  await build(join(ROOT, 'content/interviews'), bundled, true, { SITE_URL: `http://127.0.0.1:${LIGHTHOUSE_PORT}` });
  const weight = pageWeight(bundled, join(ROOT, 'content/interviews/stratechery-altman-2025.txt'));
  results.pageWeight = weight;
  save();
  console.log(`page weight: HTML ${kb(weight.htmlGzip)} gz, CSS ${kb(weight.cssGzip)} gz, JS ${kb(weight.jsGzip)} gz (0 needed to read); page/text gzip ratio ${weight.pageToTextGzipRatio.toFixed(2)}`);

  // 4. Search speed in Chromium.
  results.search = {
    bundled: await searchTimings(bundled, 4398, QUERIES),
    [`archive${SIZES.at(-1)}`]: await searchTimings(join(WORK, `site-${SIZES.at(-1)}`), 4399, QUERIES.map((q) => q.toLowerCase())),
  };
  save();
  console.log('search:', JSON.stringify(results.search));

  // 4b. Relevance: the bundled interview's query set, and the corpus archive's where the corpus is beside the project.
  const corpus = await corpusArchive();
  results.relevance = {
    bundled: await relevance(bundled, 4396, 'stratechery-altman-2025/', 'tests/fixtures/queries.json'),
    ...(corpus ? { corpusArchive: await relevance(corpus, 4395, '', 'tests/fixtures/archive-queries.json'), corpusArchiveHeldOut: await relevance(corpus, 4395, '', 'tests/fixtures/archive-queries-heldout.json'), corpusArchiveHeldOut2: await relevance(corpus, 4395, '', 'tests/fixtures/archive-queries-heldout2.json') } : {}),
  };
  save();
  console.log('relevance:', JSON.stringify(results.relevance));

  // 5. Lighthouse on the home, interview and an answer page (Debian Chromium, served compressed as a host would).
  results.lighthouse = await lighthouse(bundled, LIGHTHOUSE_PORT, lighthousePages(bundled));
  console.log('lighthouse:', JSON.stringify(results.lighthouse));

  save();
  writeFileSync(join(ROOT, `bench/results/${name}.md`), markdown(results));
  console.log(markdown(results));
}

function markdown(r: Record<string, any>): string {
  const lines = [`# Benchmark (${r.mode}), ${r.date.slice(0, 10)}`, '', `Machine: ${r.machine.cores} cores (${r.machine.cpu}), ${r.machine.ramGiB} GiB, Node ${r.machine.node}.`, ''];
  if (r.ingest) lines.push(`Ingestion alone, one core: ${r.ingest.mbPerSecond.toFixed(2)} MB/s (median of ${r.ingest.allMbPerSecond.join(', ')}; ${r.ingest.files} generated files, ${mb(r.ingest.bytes)}).`, '');
  lines.push('| interviews | text | build | per interview | peak RSS (Astro alone, Pagefind alone) | pages | output | search index | Pagefind indexing (build waited) |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const s of r.scale)
    lines.push(`| ${s.interviews} | ${mb(s.textBytes)} | ${s.seconds.toFixed(1)} s (median of ${s.allSeconds?.join(', ') ?? s.runs}) | ${(s.secondsPerInterview * 1000).toFixed(0)} ms | ${mb(s.peakRssBytes)} (${mb(s.peakAstroRssBytes)}, ${mb(s.peakPagefindRssBytes)}) | ${s.pages} | ${mb(s.outputBytes)} | ${mb(s.indexBytes)} | ${s.indexSeconds.toFixed(1)} s (${s.indexWaitSeconds.toFixed(1)} s) |`);
  if (r.peer) {
    const p = r.peer;
    lines.push('', `Side by side with the peer, ${p.name}, ${p.interviews} pages, built alternately with this project's ${p.interviews}-interview archive: ${p.seconds.toFixed(1)} s (median of ${p.allSeconds.join(', ')}), peak RSS ${mb(p.peakRssBytes)}. This project against it: wall ${p.wallRatio.toFixed(2)}x, peak RSS ${p.peakRatio.toFixed(2)}x.`);
  }
  lines.push('', '| interviews | ingest + content sync | bundling | page rendering | answer pages | Pagefind, alongside bundling and rendering |', '| --- | --- | --- | --- | --- | --- |');
  for (const s of r.scale) lines.push(`| ${s.interviews} | ${s.syncSeconds?.toFixed(1)} s | ${s.bundleSeconds?.toFixed(1)} s | ${s.renderSeconds?.toFixed(1)} s | ${s.answerPagesSeconds?.toFixed(1)} s | ${s.indexSeconds.toFixed(1)} s (${s.indexPhases}) |`);
  lines.push('', `t(${r.scaleRatio.sizes[1]})/t(${r.scaleRatio.sizes[0]}) = ${r.scaleRatio.ratio.toFixed(2)} (linear would be ${r.scaleRatio.linearWouldBe}).`, '');
  lines.push(`Rebuild of the ${r.rebuild.interviews}-interview archive after editing one file: ${r.rebuild.secondSeconds.toFixed(1)} s vs ${r.rebuild.firstSeconds.toFixed(1)} s for the first build (ratio ${r.rebuild.ratio.toFixed(2)}).`, '');
  if (r.rebuildLarge) {
    const l = r.rebuildLarge;
    lines.push(`Rebuild of the ${l.interviews}-interview archive after editing one file, over its last output: ${l.secondSeconds.toFixed(1)} s (median of ${l.allSeconds?.join(', ')}, each after editing another file) vs ${l.firstSeconds.toFixed(1)} s (median first build; ratio ${l.ratio.toFixed(2)}), content sync ${l.syncSeconds.toFixed(1)} s, peak RSS ${mb(l.peakRssBytes)}.`, '');
  }
  const w = r.pageWeight;
  lines.push('| bundled interview page | raw | gzip |', '| --- | --- | --- |', `| HTML, CSS inlined | ${kb(w.htmlBytes)} | ${kb(w.htmlGzip)} |`, `| of which CSS | ${kb(w.cssBytes)} | ${kb(w.cssGzip)} alone |`, `| reader.js + the CSS it loads (optional enhancement) | ${kb(w.jsBytes)} | ${kb(w.jsGzip)} |`, `| plain text of the interview | | ${kb(w.plainTextGzip)} |`, '');
  lines.push(`Page (HTML+CSS) gzip / plain text gzip = ${w.pageToTextGzipRatio.toFixed(2)}. JavaScript needed to read: 0 KB.`, '');
  lines.push('| search | first query | bytes fetched for first query (decoded) | median query (later queries) |', '| --- | --- | --- | --- |');
  for (const [k, v] of Object.entries(r.search) as [string, any][]) lines.push(`| ${k} | ${v.firstQueryMs.toFixed(0)} ms | ${kb(v.firstQueryBytes)} (${kb(v.firstQueryDecodedBytes)}) | ${v.medianQueryMs.toFixed(0)} ms over ${v.queries} |`);
  if (r.relevance) {
    lines.push('', '| relevance (site search, first five results) | queries | hit@1 | MRR@5 |', '| --- | --- | --- | --- |');
    for (const [k, v] of Object.entries(r.relevance) as [string, any][]) lines.push(`| ${k} | ${v.queries} | ${v.hitAt1.toFixed(3)} | ${v.mrrAt5.toFixed(3)} |`);
  }
  if (r.lighthouse) {
    lines.push('', '| Lighthouse | performance | accessibility | best practices | SEO |', '| --- | --- | --- | --- | --- |');
    for (const [page, c] of Object.entries(r.lighthouse) as [string, any][]) lines.push(`| ${page} | ${c.performance} | ${c.accessibility} | ${c['best-practices']} | ${c.seo} |`);
  }
  return lines.join('\n') + '\n';
}

await main();
