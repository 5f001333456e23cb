import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingest, IngestError, type IngestResult } from '../../src/ingest/index.ts';

/**
 * Random and adversarial transcripts: Markdown and plain text, labels, markup, HTML, timestamps,
 * front matter valid and not. Whatever comes in, ingestion either returns or throws an
 * IngestError naming the file; and every line that carries text is either reported removed
 * (with a reason) or appears exactly once in what the reader sees. Each line carries a marker
 * word of its own, so "exactly once" is checkable.
 */
const WORDS = ['the', 'factory', 'capacity', 'why', 'we', 'built', 'power', 'Ohio', 'and', 'it', 'then', 'I', 'think', 'so', 'chips', 'demand'];
const PREFIXES = ['', '', '', '# ', '## ', '> ', '- ', '1. ', '**SA:** ', 'SA: ', 'Ben Thompson: ', '[00:01:02] SA: ', '(00:26): ', '— ', 'Q: ', 'A - ', '*', '<p>', '<!-- c --> ', '\\', '#', '`', '| '];
const SUFFIXES = ['', '', '.', '?', ':', '**', '</p>', ' <!-- c -->', '  ', '\\', '*', ' [x](https://example.org)', ' `code`'];
const ALONE = ['', '', '---', '***', '* * *', '```', '~~~', '**SA:**', 'Sam Altman (00:26):', '(02:10):', 'Speaker 0: 00:00:07', '<!-- speaker: SA -->', '<!-- outro -->', '[1]: https://example.org', '<div>', '</div>', '> ', '-', '==='];
const FRONT = ['', '---\ntitle: A test\nspeakers:\n  SA: Sam Altman\n---\n', '---\nspeakers:\n  - Sam Altman\n  - Ben Thompson\n---\n', '---\nlang: ../../x\nsource: javascript:x\n---\n', '---\ntitle: [unclosed\n---\n', '---\nno close\n', '---\na: &a [1,2]\nb: *a\n---\n'];

type Line = { text: string; marker: string | null };

const line = (i: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...PREFIXES), fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }), fc.constantFrom(...SUFFIXES)).map(([p, ws, s]): Line => ({ text: `${p}mk${i}x ${ws.join(' ')}${s}`, marker: `mk${i}x` })) },
    { weight: 1, arbitrary: fc.constantFrom(...ALONE).map((text): Line => ({ text, marker: null })) },
  );

const transcript = fc
  .tuple(fc.constantFrom(...FRONT), fc.integer({ min: 1, max: 40 }), fc.boolean(), fc.boolean())
  .chain(([front, n, txt, crlf]) => fc.tuple(fc.constant(front), fc.tuple(...Array.from({ length: n }, (_, i) => line(i))), fc.constant(txt), fc.constant(crlf)));

function outputText(r: IngestResult): string {
  const t = r.transcript;
  return [r.titleFrom === 'text' ? t.title : '', ...t.intro.map((p) => p.text), ...t.sections.flatMap((s) => [s.heading ?? '', ...s.turns.flatMap((x) => x.paragraphs.map((p) => p.text))]), ...t.outro.map((p) => p.text)].join('\n');
}

describe('ingestion on random and adversarial input', () => {
  it('a time alone the parser removes, on a line a run of spam inside a paragraph moved up, is told at its own line (it was told at the line it was read at, a line shown)', () => {
    // (The case the property below once found: lines 22 to 26 spam inside one long paragraph, the time alone at 38.)
    const body = ['', 'mk1x ', '', 'mk3x ', 'mk4x ', 'mk5x ', 'mk6x ', 'mk7x ', '[00:01:02] SA: mk8x ', ...Array.from({ length: 6 }, (_, k) => `mk${9 + k}x `), '', 'mk16x ', '', ...Array.from({ length: 14 }, (_, k) => `mk${18 + k}x ${k === 3 ? '.' : k === 10 ? '?' : ''}`.trimEnd() + (k === 3 || k === 10 ? '' : ' ')), '(02:10):', '[00:01:02] SA: mk33x '];
    const r = ingest(`---\nspeakers:\n  - Sam Altman\n  - Ben Thompson\n---\n${body.join('\n')}\n`, 'random.txt');
    const stamp = r.transcript.removed.find((x) => x.text === '(02:10):')!;
    expect(stamp.line).toBe(6 + body.indexOf('(02:10):'));
    expect(r.transcript.removed.filter((x) => x.line === stamp.line).map((x) => x.text)).toEqual(['(02:10):']);
  });
  it('returns or names the file; every line of text is removed with a reason or shown exactly once', () => {
    fc.assert(
      fc.property(transcript, ([front, generated, txt, crlf]) => {
        let lines = generated;
        const file = txt ? 'random.txt' : 'random.md';
        // A first line `---` opens front matter: metadata, not transcript text (see the front matter tests).
        if (!front && lines[0]!.text.trim() === '---') lines = [{ text: 'Opening words.', marker: null }, ...lines];
        const text = (front + lines.map((l) => l.text).join('\n') + '\n').replace(/\n/g, crlf ? '\r\n' : '\n');
        let r: IngestResult;
        try {
          r = ingest(text, file);
        } catch (e) {
          expect(e).toBeInstanceOf(IngestError);
          expect((e as IngestError).diagnostic.file).toBe(file);
          expect((e as IngestError).message).toContain('Fix: ');
          return;
        }
        const out = outputText(r);
        const removed = new Set(r.transcript.removed.map((x) => x.line));
        const offset = front.split('\n').length - 1;
        lines.forEach((l, k) => {
          if (!l.marker) return;
          const at = offset + k + 1;
          const shown = out.split(l.marker).length - 1;
          if (removed.has(at)) expect(shown, `line ${at} "${l.text}" was removed but is shown`).toBe(0);
          else expect(shown, `line ${at} "${l.text}" (${r.lineUse[at - 1]}) should be shown once`).toBe(1);
        });
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
    );
  }, 120_000);
});
