import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ingest, IngestError } from '../ingest/index.ts';
import { normalize as ourNormalize } from './normalize.ts';
import { pool, scoreCase, type CaseScore, type Gold, type Normalize, type Pooled } from './score.ts';

/**
 * `npm run eval -- <folder> [--json] [--min-role=0.98 ...]`: ingests every `<case>/input.md` (or `input.txt`)
 * of the folder and scores it against `<case>/gold.json`. Prints a table per case and the
 * pooled figures; thresholds set the exit code (1 when one is missed, 2 on bad usage).
 */

const THRESHOLDS: Record<string, { key: keyof Pooled; min: boolean; help: string }> = {
  'min-accepted': { key: 'accepted', min: true, help: 'files accepted' },
  'min-spam': { key: 'spamRecall', min: true, help: 'spam/chrome lines removed (recall)' },
  'min-kept': { key: 'realKept', min: true, help: 'real lines kept' },
  'max-duplicated': { key: 'duplicated', min: false, help: 'paragraphs duplicated' },
  'min-role': { key: 'roleAccuracy', min: true, help: 'paragraph role accuracy' },
  'min-speaker': { key: 'speakerAccuracy', min: true, help: 'paragraph speaker accuracy' },
  'min-section': { key: 'sectionAccuracy', min: true, help: 'paragraph section accuracy' },
  'min-titles': { key: 'titlesRight', min: true, help: 'titles right' },
  'max-residue': { key: 'residue', min: false, help: 'label or timestamp residue' },
};

const USAGE = `usage: npm run eval -- <folder> [--json] [--verbose] [${Object.keys(THRESHOLDS).map((k) => `--${k}=N`).join(' ')}]
  <folder> holds one folder per case with input.md and gold.json`;

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    process.stdout.write(`${USAGE}\n${Object.entries(THRESHOLDS).map(([k, t]) => `  --${k}=N  ${t.min ? 'at least' : 'at most'} N ${t.help}`).join('\n')}\n`);
    return 0;
  }
  const folder = argv.find((a) => !a.startsWith('--'));
  const json = argv.includes('--json');
  const verbose = argv.includes('--verbose');
  const limits: { name: string; key: keyof Pooled; min: boolean; value: number }[] = [];
  for (const a of argv.filter((x) => x.startsWith('--') && x !== '--json' && x !== '--verbose')) {
    const m = /^--([a-z-]+)=([0-9.]+)$/.exec(a);
    const spec = m && THRESHOLDS[m[1]!];
    if (!m || !spec || !Number.isFinite(Number(m[2]))) {
      process.stderr.write(`eval: unknown option ${a}\n${USAGE}\n`);
      return 2;
    }
    limits.push({ name: m[1]!, key: spec.key, min: spec.min, value: Number(m[2]) });
  }
  if (!folder || !existsSync(folder) || !statSync(folder).isDirectory()) {
    process.stderr.write(`${folder ?? '(no folder)'}: error: not a folder. Fix: name a folder of <case>/input.md + gold.json\n${USAGE}\n`);
    return 2;
  }
  // The folder may ship the normalizer its gold was written with; then compare with exactly that.
  let normalize: Normalize = ourNormalize;
  const shipped = join(folder, '_tools', 'normalize.mjs');
  if (existsSync(shipped)) normalize = ((await import(pathToFileURL(resolve(shipped)).href)) as { normalize: Normalize }).normalize;

  // (A case's input is Markdown, `input.md`, or plain text, `input.txt`, read as a `.txt` file is.)
  const inputOf = (d: string) => ['input.md', 'input.txt'].map((n) => join(folder, d, n)).find((f) => existsSync(f));
  const cases = readdirSync(folder)
    .filter((d) => inputOf(d) != null && existsSync(join(folder, d, 'gold.json')))
    .sort();
  if (cases.length === 0) {
    process.stderr.write(`${folder}: error: no <case>/input.md with a gold.json beside it. Fix: see the README's "Evaluating ingestion"\n`);
    return 2;
  }
  const scores: CaseScore[] = [];
  for (const c of cases) {
    const file = inputOf(c)!;
    const input = readFileSync(file, 'utf8');
    const gold = JSON.parse(readFileSync(join(folder, c, 'gold.json'), 'utf8')) as Gold;
    let outcome;
    try {
      outcome = ingest(readFileSync(file), file);
    } catch (e) {
      if (!(e instanceof IngestError)) throw e;
      outcome = { error: e.message };
    }
    scores.push(scoreCase(c, input, gold, outcome, normalize));
  }
  const pooled = pool(scores);
  const failed = limits.filter((l) => (l.min ? pooled[l.key] < l.value : pooled[l.key] > l.value));
  if (json) {
    process.stdout.write(JSON.stringify({ cases: scores, pooled, failed: failed.map((f) => f.name) }, null, 2) + '\n');
  } else {
    process.stdout.write(report(scores, pooled, verbose));
    for (const f of failed) process.stdout.write(`threshold missed: ${THRESHOLDS[f.name]!.help} ${fmt(pooled[f.key])} (--${f.name}=${f.value})\n`);
  }
  return failed.length ? 1 : 0;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(3);
}

function report(scores: CaseScore[], p: Pooled, verbose: boolean): string {
  const r = (a: number, b: number) => (b === 0 ? '-' : (a / b).toFixed(3));
  const rows = [['case', 'spam', 'kept', 'dup', 'role', 'speaker', 'section', 'title', 'residue', 'unsure']];
  for (const s of scores) {
    if (s.error) rows.push([s.name, 'refused', '', '', '', '', '', '', '', '']);
    else
      rows.push([
        s.name,
        r(s.spamRemoved, s.spamLines),
        r(s.realKept, s.realLines),
        String(s.duplicated),
        r(s.roleRight, s.paragraphs),
        r(s.speakerRight, s.paragraphs),
        r(s.sectionRight, s.paragraphs),
        s.titleRight ? 'yes' : 'no',
        String(s.residue),
        String(s.uncertain),
      ]);
  }
  rows.push([`pooled (${p.accepted}/${p.cases} accepted)`, fmt(p.spamRecall), fmt(p.realKept), String(p.duplicated), fmt(p.roleAccuracy), fmt(p.speakerAccuracy), fmt(p.sectionAccuracy), `${p.titlesRight}/${p.cases}`, String(p.residue), String(p.uncertain)]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const lines = rows.map((row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  lines.splice(lines.length - 1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  let out = lines.join('\n') + '\n';
  for (const s of scores) {
    if (s.error) out += `\n${s.name}: ${s.error}\n`;
    else if (verbose && s.mistakes.length) out += `\n${s.name}:\n${s.mistakes.map((m) => `  ${m}`).join('\n')}\n`;
  }
  return out;
}

process.exitCode = await main(process.argv.slice(2));
