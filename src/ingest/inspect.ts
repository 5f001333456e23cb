import { readFileSync } from 'node:fs';
import { formatDiagnostic, ingest, IngestError, type IngestResult } from './index.ts';

/**
 * `npm run inspect -- <file>`: prints what ingestion made of a transcript as JSON on stdout.
 * Warnings go to stderr; a fatal problem prints one line to stderr and exits 1.
 */

/** The JSON `inspect` prints, also served as `/<interview>/transcript.json`. */
export function inspectJson(result: IngestResult) {
  const t = result.transcript;
  return {
    title: t.title,
    intro: t.intro.map((p) => p.text),
    sections: t.sections.map((s) => ({
      heading: s.heading,
      id: s.id,
      turns: s.turns.map((turn) => ({
        id: turn.id,
        speaker: turn.speaker,
        role: turn.role,
        ...(turn.time != null ? { time: turn.time } : {}),
        paragraphs: turn.paragraphs.map((p) => p.text),
      })),
    })),
    outro: t.outro.map((p) => p.text),
    removed: t.removed.map((r) => ({ line: r.line, text: r.text, reason: r.reason })),
    uncertain: result.uncertain,
  };
}

/** Reads and ingests one file; prints the problem and returns null when it cannot. */
export function ingestFile(file: string): IngestResult | null {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    process.stderr.write(`${file}: error: cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'unknown error'}). Fix: check the path\n`);
    return null;
  }
  try {
    return ingest(bytes, file);
  } catch (e) {
    if (e instanceof IngestError) {
      process.stderr.write(e.message + '\n');
      return null;
    }
    process.stderr.write(`${file}: error: internal error while ingesting (${(e as Error).message}). Fix: report this with the file attached\n`);
    return null;
  }
}

function main(argv: string[]): number {
  const file = argv[0];
  if (!file) {
    process.stderr.write('usage: npm run inspect -- <transcript file>\n');
    return 2;
  }
  const result = ingestFile(file);
  if (!result) return 1;
  for (const w of result.transcript.warnings) process.stderr.write(formatDiagnostic(w) + '\n');
  process.stdout.write(JSON.stringify(inspectJson(result), null, 2) + '\n');
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
