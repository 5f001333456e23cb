import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import type { Transcript } from '../../src/ingest/types.ts';
import { turnBaseId, uniqueId } from '../../src/ingest/ids.ts';

const FILE = 'content/interviews/stratechery-altman-2025.txt';
const source = readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8');
const pinned = JSON.parse(readFileSync(new URL('../fixtures/stratechery-altman-2025.answer-ids.json', import.meta.url), 'utf8')) as { sections: string[]; answers: string[] };

const turnsOf = (t: Transcript) => t.sections.flatMap((s) => s.turns);

describe('anchor ids', () => {
  const t = ingest(source, FILE).transcript;
  it('match the committed snapshot (an intentional change updates the snapshot in the same commit)', () => {
    expect(t.sections.map((s) => s.id)).toEqual(pinned.sections);
    expect(turnsOf(t).filter((x) => x.role === 'guest').map((x) => x.id)).toEqual(pinned.answers);
  });
  it('are readable and unique across sections and turns', () => {
    const ids = [...t.sections.map((s) => s.id), ...turnsOf(t).map((x) => x.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[\p{Ll}\p{Lo}\p{N}-]+$/u);
    expect(turnsOf(t).find((x) => x.paragraphs[0]!.text.startsWith('Yeah, we’re trying to build'))!.id).toBe('sa-trying-build-capable');
  });

  it('name a turn by its first meaningful words, keeping negations and falling back to the opening', () => {
    expect(turnBaseId('sa', 'Yeah, we’re trying to build very capable AI.')).toBe('sa-trying-build-capable');
    expect(turnBaseId('sa', 'I don’t know.')).toBe('sa-dont-know'); // never "sa-know"
    expect(turnBaseId('sa', 'No, I would not sell the company.')).toBe('sa-no-not-sell');
    expect(turnBaseId('bt', 'Thank you.')).toBe('bt-thank-you'); // filler alone: its own words
    expect(turnBaseId('bt', 'Right.')).toBe('bt-right');
    expect(turnBaseId('e', '¿Y qué opinas del mercado eléctrico?')).toBe('e-y-qué-opinas'); // other languages: first words
    // Only the opening (12 words) counts: an edit later in the turn keeps the id, even when the
    // opening is all filler and the first words that carry meaning come after it.
    const filler = 'Yeah, I mean, it is what it is, you know, so, like, ';
    expect(turnBaseId('sa', filler + 'Nvidia chips matter.')).toBe('sa-yeah-i-mean');
    expect(turnBaseId('sa', filler + 'AMD chips matter.')).toBe('sa-yeah-i-mean');
  });

  // Property: edits to other turns never change a turn's id. Edits are generated at random
  // (seeded, so a failure reproduces) on the bundled interview's paragraphs.
  it('do not change when other turns are inserted, removed or edited', () => {
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const vocabulary = 'chips capacity power memory apps checkout video rights users data electricity partners'.split(' ');
    const words = (n: number) => Array.from({ length: n }, () => vocabulary[rand(vocabulary.length)]).join(' ');
    const head = source.slice(0, source.indexOf('OpenAI’s Unifying Vision'));
    const body = source.slice(head.length).split('\n\n');
    const before = ingest(source, FILE).transcript;
    // Turns whose opening words are shared by another turn are told apart by order; they are excluded.
    const key = (x: Transcript['sections'][0]['turns'][0]) => `${x.speaker}|${x.paragraphs[0]!.text}`;
    const counts = new Map<string, number>();
    for (const x of turnsOf(before)) counts.set(x.id.replace(/-\d+$/, ''), (counts.get(x.id.replace(/-\d+$/, '')) ?? 0) + 1);
    const idByKey = new Map(turnsOf(before).filter((x) => counts.get(x.id.replace(/-\d+$/, '')) === 1).map((x) => [key(x), x.id]));
    let checked = 0;
    for (let round = 0; round < 40; round++) {
      const edited = [...body];
      const at = 1 + rand(edited.length - 2);
      const op = rand(3);
      if (op === 0) edited.splice(at, 0, `SA: ${words(12)}.`, `${words(10)}?`);
      else if (op === 1) edited.splice(at, 1);
      else edited[at] = edited[at]!.replace(/([.?!])$/, ` ${words(6)}$1`);
      const after = ingest(head + edited.join('\n\n'), FILE).transcript;
      for (const x of turnsOf(after)) {
        const id = idByKey.get(key(x));
        if (id == null) continue; // the edited or a new turn
        expect(x.id, `round ${round}, op ${op} at ${at}`).toBe(id);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40 * 100);
    // (Forty ingestions of the bundled interview: on a machine busy with other work they take more
    // than vitest's default five seconds; the property, not the speed, is what this test checks.)
  }, 30_000);
});

describe('unique ids', () => {
  it('are the first free of base, base-2, base-3..., whatever else took numbers in between', () => {
    const taken = new Set(['sa-right-2', 'sa-right-4']);
    expect(['sa-right', 'sa-right', 'sa-right', 'sa-other', 'sa-right'].map((b) => uniqueId(b, taken))).toEqual(['sa-right', 'sa-right-3', 'sa-right-5', 'sa-other', 'sa-right-6']);
    // A base that is another base's numbered form takes the next free number of its own.
    expect(uniqueId('sa-right-3', taken)).toBe('sa-right-3-2');
  });
  it('stay unique over thousands of turns opening alike', () => {
    const taken = new Set<string>();
    const ids = Array.from({ length: 5000 }, () => uniqueId('sa-right', taken));
    expect(new Set(ids).size).toBe(5000);
    expect(ids.at(-1)).toBe('sa-right-5000');
  });
});
