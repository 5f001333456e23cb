import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest, type Transcript } from '../../src/ingest/index.ts';
import { answerView } from '../../src/lib/answer-view.ts';
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

  it('an answer’s lead gives its page the same title and description as its whole text', () => {
    let checked = 0;
    for (const t of transcripts) {
      const full = new Map(t.sections.flatMap((s) => s.turns).map((x) => [x.id, x.paragraphs.map((p) => p.text)]));
      for (const { data } of toCollections(t).turns) {
        if (data.role !== 'guest') {
          expect(data.lead).toBeNull();
          continue;
        }
        const fromLead = answerView(data, data.lead!, null, t);
        const fromText = answerView(data, full.get(data.anchor)!, null, t);
        expect([fromLead.title, fromLead.description]).toEqual([fromText.title, fromText.description]);
        expect(data.lead!.join(' ').length).toBeLessThanOrEqual(201);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(70);
  });

  // Entries store a turn's HTML and not its text; the topic index reads the words back.: answer pages rendered by Astro and the topic index read the text back.
  it('a turn’s text can be read back from its stored HTML, paragraph by paragraph', () => {
    for (const t of transcripts) {
      const { turns } = toCollections(t);
      const full = new Map(t.sections.flatMap((s) => s.turns).map((x) => [x.id, x.paragraphs.map((p) => p.text)]));
      for (const { data } of turns) expect(htmlText(data.html).split('\n')).toEqual(full.get(data.anchor)!.flatMap((p) => p.split('\n')));
    }
    expect(htmlText('<ul><li>Nvidia</li><li>AMD &#x26; TSMC</li></ul><p>a<br>b &lt;c&gt;</p>').split('\n')).toEqual(['Nvidia', 'AMD & TSMC', 'a', 'b <c>']);
  });
});
