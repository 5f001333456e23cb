import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { compare, labelsOf, readLabels } from '../support/labels.ts';

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url));

/** Every line of these files was labelled by hand: spam, chrome, title, intro, heading, outro or who says it. */
const LABELLED = [
  ['content/interviews/stratechery-altman-2025.txt', 'tests/fixtures/stratechery-altman-2025.labels.tsv'],
  ['tests/fixtures/transcripts/chipmaker-initials.txt', 'tests/fixtures/transcripts/chipmaker-initials.labels.tsv'],
  ['tests/fixtures/transcripts/podcast-qa.md', 'tests/fixtures/transcripts/podcast-qa.labels.tsv'],
  ['tests/fixtures/transcripts/entrevista-es.md', 'tests/fixtures/transcripts/entrevista-es.labels.tsv'],
  ['tests/fixtures/transcripts/clean-short.md', 'tests/fixtures/transcripts/clean-short.labels.tsv'],
  ['tests/fixtures/transcripts/timestamps.txt', 'tests/fixtures/transcripts/timestamps.labels.tsv'],
  ['tests/fixtures/transcripts/label-lines.md', 'tests/fixtures/transcripts/label-lines.labels.tsv'],
] as const;

describe('ingest matches the hand labels exactly', () => {
  for (const [file, labels] of LABELLED) {
    it(file, () => {
      const { transcript } = ingest(read(file), file);
      const result = compare(readLabels(new URL(`../../${labels}`, import.meta.url).pathname), labelsOf(transcript));
      expect(result.wrong).toEqual([]);
      expect(result.total).toBeGreaterThanOrEqual(8);
    });
  }
});

describe('the bundled interview', () => {
  const file = 'content/interviews/stratechery-altman-2025.txt';
  const { transcript: t, summary } = ingest(read(file), file);
  it('has the title from the text, names from the front matter, and the build-log summary', () => {
    expect(t.title).toBe('An Interview with OpenAI CEO Sam Altman About DevDay and the AI Buildout');
    expect(t.guest).toBe('Sam Altman');
    expect(t.interviewer).toBe('Ben Thompson');
    expect(summary).toBe('removed 252 spam lines (10-512), 3 chrome lines (853-856)');
    expect(t.sections.map((s) => s.heading)).toEqual([
      'OpenAI’s Unifying Vision', 'Infrastructure Deals', 'The Investor Mindset', 'Apps in ChatGPT', 'Instant Checkout', 'Sora', 'Copyright and AI', 'Feedback and the Future',
    ]);
  });
  it('keeps a long answer as one turn: "But second, Fidji Simo joined us recently..." is Sam Altman’s', () => {
    const turn = t.sections.flatMap((s) => s.turns).find((x) => x.paragraphs.some((p) => p.text.startsWith('But second, Fidji Simo')))!;
    expect(turn.speaker).toBe('Sam Altman');
    expect(turn.paragraphs[0]!.text).toMatch(/^First of all, the teams here are super talented/);
  });
  it('strips the label from the text and keeps every word of the paragraph', () => {
    const first = t.sections[0]!.turns[1]!;
    expect(first).toMatchObject({ speaker: 'Sam Altman', speakerKey: 'SA', role: 'guest' });
    expect(first.paragraphs[0]!.text).toBe('Thank you.');
    expect(first.paragraphs[0]!.html).toBe('<p>Thank you.</p>');
  });
});

describe('attribution on input written for these tests', () => {
  it('infers roles without front matter: the labelled speaker who asks is the interviewer', () => {
    const text = 'Jo Park: Why did you leave?\n\nSam Lee: Because the work was done.\n\nIt was time for someone else.\n\nJo Park: Any regrets?\n\nSam Lee: None.\n';
    const t = ingest(text, 'x.md').transcript;
    const turns = t.sections.flatMap((s) => s.turns);
    expect(turns.map((x) => [x.speaker, x.role, x.paragraphs.length])).toEqual([
      ['Jo Park', 'interviewer', 1],
      ['Sam Lee', 'guest', 2],
      ['Jo Park', 'interviewer', 1],
      ['Sam Lee', 'guest', 1],
    ]);
  });
  it('supports only-the-interviewer-labelled transcripts (Q: with unlabelled answers)', () => {
    const text = 'Q: Why did you leave the company after ten years?\n\nBecause the work was done and the team could run it without me.\n\nQ: Any regrets?\n\nNone at all, honestly.\n';
    const turns = ingest(text, 'q.md').transcript.sections.flatMap((s) => s.turns);
    expect(turns.map((x) => x.role)).toEqual(['interviewer', 'guest', 'interviewer', 'guest']);
  });
  it('keeps an answer’s later paragraph opening with “Then” hers, and gives the interviewer “You’ve said...” and “That sounds alarming.” (the first was the interviewer’s, the second the guest’s)', () => {
    const text = '# Maria Lopez on bridges\n\nWhy do bridges fail?\n\nLopez: Mostly water. It gets into every crack.\n\nThen one winter the crack is too big, and the bridge has to close.\n\nYou’ve said inspections are the problem, not the engineering.\n\nLopez: Yes. We know how to build bridges.\n\nMost councils send someone once every six years, with binoculars.\n\nThat sounds alarming.\n\nLopez: It is. But drones are changing it.\n';
    const turns = ingest(text, 'x.md').transcript.sections.flatMap((s) => s.turns);
    expect(turns.map((x) => [x.role, x.paragraphs.map((p) => p.text.slice(0, 12))])).toEqual([
      ['interviewer', ['Why do bridg']],
      ['guest', ['Mostly water', 'Then one win']],
      ['interviewer', ['You’ve said ']],
      ['guest', ['Yes. We know', 'Most council']],
      ['interviewer', ['That sounds ']],
      ['guest', ['It is. But d']],
    ]);
  });
  it('gives the answer to the last `Q:` the guest, however it reads (“Pay for the inspection before you pay...” was the interviewer’s)', () => {
    const text = '# Maria Lopez on bridges\n\nQ: Let’s start with water. You have inspected bridges for thirty years.\n\nWhat is the worst thing water does?\n\nIt gets into every crack.\n\nQ: And drones?\n\nThey see the underside.\n\nQ: Last question. What would you tell a mayor?\n\nPay for the inspection before you pay for the funeral.\n';
    const turns = ingest(text, 'q.md').transcript.sections.flatMap((s) => s.turns);
    expect(turns.map((x) => [x.role, x.paragraphs.length])).toEqual([['interviewer', 2], ['guest', 1], ['interviewer', 1], ['guest', 1], ['interviewer', 1], ['guest', 1]]);
  });
  it('honours an editor’s override comment for the rare paragraph the evidence gets wrong', () => {
    const base = 'Why?\n\nSA: Because we could.\n\nYeah, and we should have done it sooner, honestly.\n\nSA: Maybe.\n';
    const auto = ingest(base, 'a.md').transcript.sections.flatMap((s) => s.turns);
    expect(auto.map((x) => x.speakerKey)).toEqual([null, 'SA', null, 'SA']);
    const fixed = ingest(base.replace('Yeah, and', '<!-- speaker: SA -->\nYeah, and').replace('SA: Maybe.', 'Right.\n\nSA: Maybe.'), 'b.md').transcript.sections.flatMap((s) => s.turns);
    expect(fixed.map((x) => [x.speakerKey, x.paragraphs.length])).toEqual([[null, 1], ['SA', 2], [null, 1], ['SA', 1]]);
  });
  it('splits one-turn-per-line plain text and joins a Markdown paragraph’s soft-wrapped lines', () => {
    const txt = ingest('Why?\nSA: Because.\nAnd?\nSA: That is all.\n', 'a.txt').transcript.sections.flatMap((s) => s.turns);
    expect(txt).toHaveLength(4);
    const md = ingest('Why did you\nleave?\n\nSA: Because the\nwork was done.\n\nAnd?\n\nSA: That is all.\n', 'a.md').transcript.sections.flatMap((s) => s.turns);
    expect(md[0]!.paragraphs[0]!.text).toBe('Why did you leave?');
    expect(md[1]!.paragraphs[0]!.text).toBe('Because the work was done.');
  });
  it('shows a block of raw HTML as its source text, never as markup, and never drops it', () => {
    const text = 'What now?\n\nSA: Fine.\n\n<script>alert(1)</script> and then?\n\nSA: Done.\n\n<div onclick="x()">hi</div>\n\nWhy?\n\nSA: Because.\n';
    const t = ingest(text, 'h.md').transcript;
    const paras = t.sections.flatMap((s) => s.turns.flatMap((x) => x.paragraphs));
    const script = paras.find((p) => p.text.includes('<script>'))!;
    expect(script.text).toBe('<script>alert(1)</script> and then?');
    expect(script.html).toBe('<p>&#x3C;script>alert(1)&#x3C;/script> and then?</p>');
    // Markup is never a heading: the block is a paragraph, shown as its source text.
    expect(t.sections.map((s) => s.heading)).toEqual([null]);
    expect(paras.find((p) => p.text === '<div onclick="x()">hi</div>')!.html).toBe('<p>&#x3C;div onclick="x()">hi&#x3C;/div></p>');
  });
  it('does not take "Note:" or a one-off "Here:" for a speaker', () => {
    const t = ingest('Why?\n\nSA: Because.\n\nNote: this part was edited.\n\nSA: Fine.\n', 'n.md').transcript;
    const texts = t.sections.flatMap((s) => s.turns).flatMap((x) => x.paragraphs.map((p) => p.text));
    expect(texts).toContain('Note: this part was edited.');
  });
});
