import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest, type Transcript } from '../../src/ingest/index.ts';
import { answerView } from '../../src/lib/answer-view.ts';
import { answersOf, hasOwnPage } from '../../src/lib/answers.ts';
import { htmlText } from '../../src/lib/html-text.ts';
import { toCollections } from '../../src/loader/entries.ts';

// The bundled interview and the hand-labelled fixtures (other label styles and languages).
const dirs = [new URL('../../content/interviews/', import.meta.url), new URL('../fixtures/transcripts/', import.meta.url)];
const transcripts: Transcript[] = dirs.flatMap((d) =>
  readdirSync(d)
    .filter((f) => /\.(md|txt)$/.test(f))
    .map((f) => ingest(readFileSync(new URL(f, d)), f).transcript),
);

describe('collection entries', () => {
  it('cover real transcripts', () => expect(transcripts.length).toBeGreaterThanOrEqual(4));

  it('pairs every answer with the interviewer’s turn just before it in its section, and with the section’s heading', () => {
    let paired = 0;
    let alone = 0;
    // The real transcripts always ask first; here sections open with an answer, the second one
    // right after a question that closes the first.
    const opening = ingest(Buffer.from('---\ntitle: Opening\nspeakers:\n  SA: Sam Altman\n---\n\n## Opening\n\nSA: A statement of my own, before any question, long enough to have a page of its own.\n\nWhy?\n\nSA: Because.\n\nAnd then?\n\n## Later\n\nSA: Another statement of my own, and this one too is long enough for a page of its own.\n'), 'opening.md').transcript;
    expect(opening.sections.map((s) => s.turns.map((x) => x.role))).toEqual([['guest', 'interviewer', 'guest', 'interviewer'], ['guest']]);
    for (const t of [...transcripts, opening]) {
      const { transcripts: [entry], turns } = toCollections(t);
      // Shuffled: the pairing goes by each turn's order, not by the order it is handed the turns in.
      const answers = answersOf(entry!.data, turns.map((x) => x.data).reverse());
      // Short replies ("Thank you.") have no page of their own.
      const expected = t.sections.flatMap((s) =>
        s.turns.flatMap((turn, i) => {
          if (turn.role !== 'guest' || !hasOwnPage(turn.paragraphs.map((p) => p.text).join(' '))) return [];
          const before = s.turns[i - 1];
          return [{ answer: turn.id, question: before?.role === 'interviewer' ? before.id : null, heading: s.heading }];
        }),
      );
      expect(answers.map((a) => ({ answer: a.answer.anchor, question: a.question?.anchor ?? null, heading: a.sectionHeading }))).toEqual(expected);
      answers.forEach((a, i) => expect([a.previous?.anchor ?? null, a.next?.anchor ?? null]).toEqual([answers[i - 1]?.answer.anchor ?? null, answers[i + 1]?.answer.anchor ?? null]));
      for (const a of answers) {
        if (a.question) expect([a.question.role, a.question.section]).toEqual(['interviewer', a.answer.section]);
        a.question ? paired++ : alone++;
      }
    }
    expect(paired).toBeGreaterThan(50);
    expect(alone).toBe(2);
  });

  it('an answer page’s description opens with the answer’s own text, its title with what was asked', () => {
    const words = (s: string) => s.replace(/…$/, '').split(/\s+/).filter(Boolean);
    for (const t of transcripts) {
      const { transcripts: [entry], turns } = toCollections(t);
      const text = new Map(t.sections.flatMap((s) => s.turns).map((x) => [x.id, words(x.paragraphs.map((p) => p.text).join(' '))]));
      for (const a of answersOf(entry!.data, turns.map((x) => x.data))) {
        const view = answerView(a, entry!.data, { site: undefined, base: '/' });
        const own = text.get(a.answer.anchor)!;
        const description = words(view.description);
        // Whole words but the last, which may be cut.
        expect(description.slice(0, -1)).toEqual(own.slice(0, description.length - 1));
        expect(view.description.length).toBeLessThanOrEqual(201);
        if (a.question) expect(view.title.endsWith(` — ${a.answer.speaker}`)).toBe(true);
        else expect(view.title.startsWith(`${a.answer.speaker}${a.sectionHeading ? ` on ${a.sectionHeading}` : ''}: “${own[0]!.slice(0, 70)}`)).toBe(true);
      }
    }
  });

  // Entries store a turn's HTML and not its text: answer pages and the topic index read the text back.
  it('a turn’s text can be read back from its stored HTML, paragraph by paragraph', () => {
    for (const t of transcripts) {
      const { turns } = toCollections(t);
      const full = new Map(t.sections.flatMap((s) => s.turns).map((x) => [x.id, x.paragraphs.map((p) => p.text)]));
      for (const { data } of turns) expect(htmlText(data.html).split('\n')).toEqual(full.get(data.anchor)!.flatMap((p) => p.split('\n')));
    }
    expect(htmlText('<ul><li>Nvidia</li><li>AMD &#x26; TSMC</li></ul><p>a<br>b &lt;c&gt;</p>').split('\n')).toEqual(['Nvidia', 'AMD & TSMC', 'a', 'b <c>']);
  });
});

describe('which answers have a page of their own', () => {
  it('is the same read from an answer’s text (the reader’s script) and from its stored HTML (the build), markup in the text included', async () => {
    const { hasOwnPage, hasOwnPageHtml } = await import('../../src/lib/answers.ts');
    const t = ingest(Buffer.from('Why?\n\nSA: <img src=x onerror="alert(4)"> and <b onclick="alert(7)">bold</b> words <style>body{}</style> here.\n\nAnd?\n\nSA: Thank you.\n'), 'h.md').transcript;
    for (const turn of t.sections.flatMap((s) => s.turns).filter((x) => x.role === 'guest')) {
      const text = turn.paragraphs.map((p) => p.text).join(' ');
      const html = turn.paragraphs.map((p) => p.html).join('');
      expect(hasOwnPageHtml(html), text).toBe(hasOwnPage(text));
    }
  });
});
