import { readFileSync } from 'node:fs';
import { formatDiagnostic, ingest, IngestError } from './index.ts';

/**
 * `npm run inspect -- <file>`: prints what ingestion made of a transcript as JSON on stdout.
 * Warnings go to stderr; a fatal problem prints one line to stderr and exits 1.
 */
function main(argv: string[]): number {
  const file = argv[0];
  if (!file) {
    process.stderr.write('usage: npm run inspect -- <transcript file>\n');
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    process.stderr.write(`${file}: error: cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'unknown error'}). Fix: check the path\n`);
    return 1;
  }
  try {
    const { transcript: t } = ingest(bytes, file);
    for (const w of t.warnings) process.stderr.write(formatDiagnostic(w) + '\n');
    const out = {
      title: t.title,
      intro: t.intro.map((p) => p.text),
      sections: t.sections.map((s) => ({
        heading: s.heading,
        id: s.id,
        turns: s.turns.map((turn) => ({ id: turn.id, speaker: turn.speaker, role: turn.role, paragraphs: turn.paragraphs.map((p) => p.text) })),
      })),
      outro: t.outro.map((p) => p.text),
      removed: t.removed.map((r) => ({ line: r.line, text: r.text, reason: r.reason })),
    };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof IngestError) {
      process.stderr.write(e.message + '\n');
      return 1;
    }
    process.stderr.write(`${file}: error: internal error while ingesting (${(e as Error).message}). Fix: report this with the file attached\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
