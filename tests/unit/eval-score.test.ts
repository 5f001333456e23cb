import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/eval/normalize.ts';
import { goldSpamLines, pool, scoreCase, type Gold } from '../../src/eval/score.ts';
import { ingest } from '../../src/ingest/index.ts';

const INPUT = [
  '---',
  'title: Small harbours',
  '---',
  '[Share on X](https://x.example/share)',
  '',
  '**Ada Lind:** Why do small harbours matter?',
  '',
  '**Bo Ek:** Because fishing boats cannot use the big ones.',
  '',
  'And the big ones charge by the metre.',
  '',
  '**Ada Lind:** \\[01:10\\] Thank you.',
  '',
].join('\n');

const GOLD: Gold = {
  title: 'Small harbours',
  spam: ['[Share on X](https://x.example/share)'],
  intro: [],
  sections: [
    {
      heading: null,
      turns: [
        { speaker: 'Ada Lind', role: 'interviewer', paragraphs: ['Why do small harbours matter?'] },
        { speaker: 'Bo Ek', role: 'guest', paragraphs: ['Because fishing boats cannot use the big ones.', 'And the big ones charge by the metre.'] },
        { speaker: 'Ada Lind', role: 'interviewer', paragraphs: ['Thank you.'] },
      ],
    },
  ],
  outro: [],
};

describe('normalize', () => {
  it('drops markup a reader does not read, and is idempotent', () => {
    const cases: [string, string][] = [
      ['**JH:** [Yes](<https://x.example>)', 'JH: Yes'],
      ['> ## Title &amp; more', 'Title & more'],
      ['— Pourquoi ?', 'Pourquoi ?'],
      ['\\[07:58\\] `code` and _emphasis_', '[07:58] code and emphasis'],
      ['![alt text](a.png)  spaced\n out', 'alt text spaced out'],
    ];
    for (const [raw, out] of cases) {
      expect(normalize(raw)).toBe(out);
      expect(normalize(normalize(raw))).toBe(out);
    }
  });
});

describe('scoreCase', () => {
  it('reads the gold spam lines in document order, outside the front matter', () => {
    const { spam, body } = goldSpamLines(INPUT, GOLD);
    expect(spam.flatMap((s, i) => (s ? [i + 1] : []))).toEqual([4]);
    expect(body.filter(Boolean)).toHaveLength(5);
  });
  it('scores a correct reading as perfect', () => {
    const s = scoreCase('small', INPUT, GOLD, ingest(INPUT, 'small.md'), normalize);
    expect(s).toMatchObject({ error: null, spamLines: 1, spamRemoved: 1, realLines: 4, realKept: 4, duplicated: 0, paragraphs: 4, matched: 4, roleRight: 4, speakerRight: 4, sectionRight: 4, titleRight: true, residue: 0 });
  });
  it('counts a wrong speaker, a label left in the text, a lost line and a duplicate', () => {
    const r = ingest(INPUT, 'small.md');
    const [ask, answer, thanks] = r.transcript.sections[0]!.turns;
    answer!.speaker = 'Ada Lind';
    answer!.role = 'interviewer';
    thanks!.paragraphs[0]!.text = 'Ada Lind: Thank you.';
    ask!.paragraphs.push({ ...ask!.paragraphs[0]! });
    r.lineUse[9] = null;
    const s = scoreCase('small', INPUT, GOLD, r, normalize);
    expect(s).toMatchObject({ realKept: 3, duplicated: 1, matched: 3, roleRight: 1, speakerRight: 1, sectionRight: 3, residue: 1 });
  });
  it('counts a refused file as all wrong, and pools over lines and paragraphs', () => {
    const refused = scoreCase('bad', INPUT, GOLD, { error: 'bad.md:1: error: no. Fix: yes' }, normalize);
    expect(refused).toMatchObject({ error: expect.stringContaining('bad.md'), matched: 0, realKept: 0 });
    const good = scoreCase('small', INPUT, GOLD, ingest(INPUT, 'small.md'), normalize);
    const p = pool([good, refused]);
    expect(p).toMatchObject({ cases: 2, accepted: 1, spamRecall: 0.5, realKept: 0.5, roleAccuracy: 0.5, titlesRight: 1 });
  });
  it('takes a title that came from the file name as no title', () => {
    const noTitle = INPUT.replace('title: Small harbours', 'date: 2024-01-01');
    const s = scoreCase('t', noTitle, { ...GOLD, title: null }, ingest(noTitle, 'small-harbours.md'), normalize);
    expect(s.titleRight).toBe(true);
  });
});
