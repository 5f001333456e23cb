import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { errorOf } from '../support/errors.ts';
import { readTranscripts } from '../../src/loader/directory.ts';

const dir = new URL('../fixtures/bad/', import.meta.url).pathname;
const file = (name: string) => `tests/fixtures/bad/${name}`;
const run = (name: string) => ingest(readFileSync(join(dir, name)), file(name));

const fatal = (name: string) => errorOf(() => run(name));

const paragraphs = (name: string) => run(name).transcript.sections.flatMap((s) => s.turns.flatMap((t) => t.paragraphs.map((p) => `${t.speaker}: ${p.text}`)));

describe('bad input: every file has a defined outcome', () => {
  it.each([
    ['empty.md', null, /the file is empty\. Fix: /],
    ['whitespace-only.md', null, /only whitespace\. Fix: /],
    ['binary.txt', 1, /looks binary.*Fix: save the transcript as plain UTF-8/],
    ['spam-only.txt', 1, /nothing is left after removing 8 spam and chrome lines\. Fix: /],
    ['no-turns.md', 1, /no speaker turns found.*Fix: label each turn/],
    ['run-on-turns.md', 3, /the turns run together in one paragraph.*Fix: start each turn on a line of its own/],
    ['caption-marks.txt', 3, /the paragraphs open with `>>`, as captions mark a change of speaker, but name no one.*Fix: after each `>>`, name who speaks/],
    ['caption-dashes.srt', 3, /the captions mark each change of speaker \(`- ` or `>>` before a line\), but name no one.*Fix: after each mark, name who speaks \(`- Maria Lopez: \.\.\.`/],
    ['invalid-yaml.md', 3, /invalid YAML in the front matter.*Fix: /],
    ['unterminated-front-matter.md', 1, /never closed\. Fix: add a line with only '---'/],
  ])('%s is a fatal error naming file and line', (name, line, message) => {
    const e = fatal(name);
    expect(e.diagnostic.file).toBe(file(name));
    expect(e.diagnostic.line).toBe(line);
    expect(e.message).toMatch(message);
    expect(e.message.startsWith(line == null ? `${file(name)}: error: ` : `${file(name)}:${line}: error: `)).toBe(true);
    expect(e.message).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('unknown speaker keys: warnings with lines and fixes; the text renders under the raw label', () => {
    const t = run('unknown-speaker-key.md').transcript;
    expect(t.warnings.map((w) => [w.line, w.message])).toEqual([
      [12, "speaker label 'XY' is not in the front matter's speakers"],
      [4, "speaker key 'JH' in the front matter never labels a paragraph"],
    ]);
    expect(paragraphs('unknown-speaker-key.md')).toContain('XY: Who am I?');
  });
  it('CRLF, BOM and Latin-1 files read the same as clean UTF-8', () => {
    expect(paragraphs('crlf.txt')).toEqual([
      'SA: I would like TSMC to just build more capacity, and so would everyone else in this business.',
      'Interviewer: What did you think I was asking?',
      'SA: Whether we would help them pay for it.',
    ]);
    expect(paragraphs('bom.md')).toEqual(paragraphs('crlf.txt'));
    expect(run('bom.md').transcript.warnings).toEqual([]);
    const latin = run('latin1.txt').transcript;
    expect(latin.warnings.map((w) => w.line)).toEqual([1]);
    expect(paragraphs('latin1.txt')[0]).toContain('Café crème');
    expect(paragraphs('latin1.txt')[2]).toBe('SA: Oui, définitivement.');
  });
  it('a 20,000-character line is kept whole', () => {
    const first = run('long-line.md').transcript.sections[0]!.turns[0]!;
    expect(first.paragraphs[0]!.text.length).toBe(2500 * 9 - 1);
  });
  it('duplicate section headings get distinct ids', () => {
    expect(run('duplicate-headings.md').transcript.sections.map((s) => [s.heading, s.id])).toEqual([
      ['Chips', 'chips'],
      ['Chips', 'chips-1'],
    ]);
  });
  it('emoji-only and non-Latin headings keep their text and get usable ids', () => {
    const s = run('emoji-and-non-latin-headings.md').transcript.sections;
    expect(s.map((x) => x.heading)).toEqual(['🚀🚀', '半導体', 'Ёлки']);
    expect(s.map((x) => x.id)).toEqual(['section-1', '半導体', 'ёлки']);
  });
  it('a 5 MB transcript ingests completely', () => {
    const turn = 'SA: ' + 'We built the factory and then we built another one, because demand kept growing. '.repeat(12) + '\n\nWhat happened next?\n\n';
    const text = '---\nspeakers:\n  SA: Sam Altman\n---\n' + turn.repeat(Math.ceil(5_000_000 / turn.length));
    expect(text.length).toBeGreaterThan(5_000_000);
    const t = ingest(text, 'big.md').transcript;
    const turns = t.sections.flatMap((s) => s.turns);
    expect(turns.length).toBe(2 * Math.ceil(5_000_000 / turn.length));
    expect(new Set(turns.map((x) => x.id)).size).toBe(turns.length);
  }, 60_000);
  it('two files that would get the same URL are both named in one error', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'slugs-'));
    for (const name of ['Same Slug.md', 'same-slug.md']) writeFileSync(join(tmp, name), readFileSync(join(dir, name)));
    const r = await readTranscripts(tmp, tmp);
    rmSync(tmp, { recursive: true, force: true });
    expect(r.transcripts.map((t) => t.file)).toEqual(['Same Slug.md']);
    expect(r.errors).toEqual(["same-slug.md: error: its URL /same-slug/ is already taken by Same Slug.md. Fix: rename one of the two files, or give one a different `slug:` in its front matter"]);
  });
  it('two names that look the same (composed and decomposed accents) are told apart in the error', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'twins-'));
    const text = readFileSync(join(dir, 'same-slug.md'));
    writeFileSync(join(tmp, 'caf\u00e9.md'), text);
    writeFileSync(join(tmp, 'cafe\u0301.md'), text);
    const r = await readTranscripts(tmp, tmp);
    rmSync(tmp, { recursive: true, force: true });
    expect(r.transcripts).toHaveLength(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/a name that looks the same but is written with other Unicode characters/);
  });
  it('the corpus has at least 15 files', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(dir).length).toBeGreaterThanOrEqual(15);
  });
});
