import { ingestFile } from './inspect.ts';

/**
 * `npm run review -- <file>`: the paragraphs whose speaker ingestion guessed with little
 * evidence, each with the line to paste above it to settle who says it.
 */
function main(argv: string[]): number {
  const file = argv[0];
  if (!file) {
    process.stderr.write('usage: npm run review -- <transcript file>\n');
    return 2;
  }
  const result = ingestFile(file);
  if (!result) return 1;
  const { uncertain } = result;
  if (uncertain.length === 0) {
    process.stdout.write(`${file}: every paragraph's speaker is fixed by a label or clear from the text\n`);
    return 0;
  }
  const out = [`${file}: ${uncertain.length} paragraph${uncertain.length === 1 ? '' : 's'} whose speaker is a guess. Paste the right line above each one:`, ''];
  for (const u of uncertain) {
    out.push(`${file}:${u.line}: ${u.speaker} (${Math.round(u.confidence * 100)}% sure; or ${u.alternative})`);
    out.push(`  "${u.text.length > 100 ? `${u.text.slice(0, 100)}…` : u.text}"`);
    out.push(`  <!-- speaker: ${u.speaker} -->    or    <!-- speaker: ${u.alternative} -->`);
    out.push('');
  }
  process.stdout.write(out.join('\n'));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
