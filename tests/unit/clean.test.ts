import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean, cleanedLines, summarizeRemovals } from '../../src/ingest/clean.ts';
import { ingest } from '../../src/ingest/index.ts';
import { splitFrontMatter } from '../../src/ingest/frontmatter.ts';
import fc from 'fast-check';
import { lineLabel } from '../../src/ingest/labels.ts';
import { forgetRemembered, letterRuns, memoized, partsAtMost, words } from '../../src/ingest/text.ts';
import { turnsOf } from '../support/turns.ts';

const seedFile = 'content/interviews/stratechery-altman-2025.txt';
const seed = splitFrontMatter(readFileSync(new URL(`../../${seedFile}`, import.meta.url), 'utf8'), seedFile).body.split('\n');

/** A few paragraphs of ordinary interview prose, so documents have a voice to compare against. */
const PROSE = [
  'We spent most of last year rebuilding the factory floor, and the results were better than any of us expected at the start.',
  'The question I keep coming back to is whether the customers will still want this in five years, or whether we are building for a market that is moving on.',
  'I think the honest answer is that nobody knows, but the people who have been right before are the ones who kept building when it was unpopular.',
  'That is a great point, and it connects to something you said earlier about patience and about the cost of waiting too long.',
];

function run(lines: string[]) {
  const r = clean(lines);
  return { kept: lines.filter((l, i) => l.trim() && r.keep[i]), removed: r.removed.map((x) => x.text), result: r };
}

describe('clean: the bundled interview', () => {
  it('removes the whole spam preamble and the chrome, and nothing else', () => {
    const r = clean(seed);
    const spam = r.removed.filter((x) => x.kind === 'spam');
    const chrome = r.removed.filter((x) => x.kind === 'chrome');
    expect(spam).toHaveLength(252);
    expect(Math.min(...spam.map((x) => x.line))).toBe(10);
    expect(Math.max(...spam.map((x) => x.line))).toBe(512);
    // (The comments heading after the interview is left to the parser, which removes it with the comments under it.)
    expect(chrome.map((x) => x.text)).toEqual(['Share.', 'Exit mobile version']);
    expect(ingest(seed.join('\n'), 'seed.txt').transcript.removed.filter((x) => x.kind === 'chrome').map((x) => x.text)).toEqual(['Share.', 'Leave A Reply', 'Exit mobile version']);
    for (const keep of ['Sora', 'Stagnant.', 'Yup.', 'Right.', 'Got it.', 'Copyright and AI', 'Thanks for being a supporter, and have a great day!'])
      expect(seed.some((l, i) => l === keep && r.keep[i]), keep).toBe(true);
    expect(summarizeRemovals(r.removed, seed)).toBe('removed 252 spam lines (10-512), 2 chrome lines (853, 856)');
    expect(ingest(seed.join('\n'), 'seed.txt').summary).toBe('removed 252 spam lines (10-512), 3 chrome lines (853-856)');
  });
  it('records line, text and a reason for every removal', () => {
    const r = clean(seed);
    const first = r.removed[0]!;
    expect(first).toMatchObject({ line: 10, text: 'Hacklink', kind: 'spam' });
    expect(first.reason).toMatch(/spam words \(hacklink\)/);
    for (const x of r.removed) expect(seed[x.line - 1]).toBe(x.text);
  });
});

describe('clean: words of a line', () => {
  it('are the same in typographic English (curly quotes, dashes, ellipses, no-break spaces) as in any other script', () => {
    expect(words('It’s “Altman’s” view — 10x\u00a0better… O\'Brien‽')).toEqual(['it’s', 'altman’s', 'view', '10x', 'better', "o'brien"]);
    // A letter outside ASCII takes the general path, which gives the same words for the same text.
    expect(words('It’s “Altman’s” view — 10x\u00a0better… O\'Brien‽ café')).toEqual(['it’s', 'altman’s', 'view', '10x', 'better', "o'brien", 'café']);
    expect(words('ＦＵＬＬ width ﬁne')).toEqual(['full', 'width', 'fine']);
  });
  it('run the same in text of ASCII and typographic punctuation by the fast path as by the general pattern', () => {
    const general = (s: string) => s.match(/[\p{L}\p{M}'’-]+/gu) ?? [];
    expect(letterRuns("O'Brien’s well-known — café")).toEqual(general("O'Brien’s well-known — café"));
    const typographic = fc.string({ unit: fc.constantFrom(...'aZq \'’-—“”…\u00a0\u2011\u200d.,9:'.split('')), maxLength: 40 });
    fc.assert(fc.property(fc.oneof(typographic, fc.string({ maxLength: 40 })), (s) => {
      expect(letterRuns(s)).toEqual(general(s));
    }));
  });
  it('are counted as `split(/\\s+/)` counts its parts, reading no further than it needs', () => {
    const spaced = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\t', 'b'), maxLength: 30 });
    fc.assert(
      fc.property(spaced, fc.integer({ min: 0, max: 12 }), (s, n) => {
        expect(partsAtMost(s, n)).toBe(s.split(/\s+/).length <= n);
      }),
    );
  });
  it('find spam phrases inside typographic text', () => {
    const { removed } = run([...PROSE, 'Use “promo code” SAVE20 — limited time offer… order now: https://cheap-deals.example/shop', ...PROSE]);
    expect(removed).toEqual(['Use “promo code” SAVE20 — limited time offer… order now: https://cheap-deals.example/shop']);
  });
});

describe('clean: what a line is read as, remembered for the file', () => {
  it('is read once per distinct text until the next file, null answers too', () => {
    const asked: string[] = [];
    const read = memoized((t: string) => (asked.push(t), t.includes(':') ? { key: t.split(':')[0]! } : null));
    expect([read('Tom: Hi'), read('Tom: Hi'), read('words'), read('words')].map((x) => x?.key ?? null)).toEqual(['Tom', 'Tom', null, null]);
    expect(asked).toEqual(['Tom: Hi', 'words']);
    forgetRemembered();
    read('Tom: Hi');
    expect(asked).toEqual(['Tom: Hi', 'words', 'Tom: Hi']);
  });
  it('is shared and frozen, so no caller can change what another is told', () => {
    const label = lineLabel('**Maria Lopez:** Mostly water.');
    expect(label).toMatchObject({ key: 'Maria Lopez', bold: true });
    expect(lineLabel('**Maria Lopez:** Mostly water.')).toBe(label);
    expect(() => Object.assign(label!, { key: 'Tom Becker' })).toThrow(TypeError);
    forgetRemembered();
    expect(lineLabel('**Maria Lopez:** Mostly water.')).not.toBe(label);
    expect(lineLabel('**Maria Lopez:** Mostly water.')).toEqual(label);
  });
});

describe('clean: spam it has never seen', () => {
  it('removes a link farm of unseen vocabulary by its structure', () => {
    const farm = ['quantum leaf gutter guards', 'zentrix mattress coupon', 'vorpal garden hose deals', 'moonlit plumbing near me', 'cheap zorblax tickets', 'glimmer roofing estimate', 'nuvo fence installers', 'pixel dog grooming'];
    const { removed, kept } = run([...farm.flatMap((l) => [l, '']), ...PROSE]);
    expect(removed).toEqual(farm);
    expect(kept).toEqual(PROSE);
  });
  it('removes such a farm opening the file in title case too, its first line no headline (guard)', () => {
    const farm = ['Quantum Leaf Gutter Guards', 'zentrix mattress coupon', 'vorpal garden hose deals', 'moonlit plumbing near me', 'cheap zorblax tickets', 'glimmer roofing estimate', 'nuvo fence installers', 'pixel dog grooming'];
    expect(run([...farm.flatMap((l) => [l, '']), ...PROSE]).removed).toEqual(farm);
  });
  it('removes pills "without prescription" in other languages, abortion pills sold in Indonesian, and a "click here to earn" link between turns (all were the guest’s words)', () => {
    const spam = ['Kaufen Sie günstige Potenzmittel ohne Rezept online – diskreter Versand', 'Pastillas sin receta, envío discreto', '[Click here to earn $500/day working from home!](https://earn.example/ref=123)', 'jual obat aborsi cytotec asli wa 0812xxxx'];
    const turns = ['Tom Becker: Why do bridges fail?', 'Maria Lopez: Mostly water. The footings wash away a grain at a time.', 'Tom Becker: Can inspections see it?', 'Maria Lopez: Divers can. Drones cannot.', 'Tom Becker: What would you do with more money?', 'Maria Lopez: Replace the worst decks first.'];
    const r = ingest(['# Bridges after the flood', '', turns[0], '', turns[1], '', spam[0], '', turns[2], '', turns[3], '', spam[1], '', turns[4], '', turns[5], '', spam[2], '', 'Tom Becker: Thank you.', '', 'Maria Lopez: Thank you, Tom.', '', spam[3], ''].join('\n'), 'spam.md');
    expect(r.transcript.removed.map((x) => x.text)).toEqual(spam);
    expect(turnsOf(r).map((t) => t.paragraphs.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  });
  it('removes a gambling site’s pitch in another language between turns, no link in it (they were the speakers’ words)', () => {
    const spam = ['Mejores casas de apuestas en línea: bono de bienvenida del 100% para nuevos jugadores.', 'Bästa online casino utan svensk licens – snabba uttag och bonus!', 'Migliori casinò online AAMS con bonus senza deposito: registrati ora!', 'Jual obat penggugur kandungan asli, hubungi WA 0812-3456-7890.'];
    const turns = ['Tom Becker: Why do bridges fail?', 'Maria Lopez: Mostly water. The footings wash away a grain at a time, and nobody sees it until the river is high.', 'Tom Becker: Can inspections see it?', 'Maria Lopez: Divers can. Drones cannot see under the water, and most of the damage is there.', 'Tom Becker: Who pays for the divers?', 'Maria Lopez: The cities, mostly, and the cities have no money left for anything.'];
    const r = ingest(['# Bridges after the flood', '', turns[0], '', spam[0], '', turns[1], '', turns[2], '', spam[1], '', turns[3], '', spam[2], '', turns[4], '', turns[5], '', spam[3], '', 'Tom Becker: Thank you.', ''].join('\n'), 'spam.md');
    expect(r.transcript.removed.map((x) => x.text)).toEqual(spam);
    expect(turnsOf(r).map((t) => t.paragraphs.length)).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });
  it('keeps a guest’s unlabelled paragraph that names one such thing, in the interview’s words (guard)', () => {
    const said = 'We found the money in the end: the city sold its online casino licence and paid for the divers.';
    const r = ingest(['# Bridges after the flood', '', 'Tom Becker: Who pays for the divers?', '', 'Maria Lopez: The cities, mostly, and the cities have no money.', '', said, '', 'Tom Becker: Thank you.', ''].join('\n'), 'said.md');
    expect(r.transcript.removed).toEqual([]);
    expect(turnsOf(r)[1]!.paragraphs).toContain(said);
  });
  it('removes single spam lines between sections: pharma, replicas, essay mills, crypto, markdown links', () => {
    const spam = ['buy tramadol online overnight', 'Cheap Rolex replica watches', 'write my essay for me cheap', '[Forex signals free trial](https://fx.example)', 'https://cheap-pills.example/order'];
    const lines = [PROSE[0]!, '', spam[0]!, '', PROSE[1]!, '', spam[1]!, '', 'Factory Floor', '', PROSE[2]!, '', spam[2]!, '', spam[3]!, '', PROSE[3]!, '', spam[4]!, '', PROSE[0]!];
    const { removed, kept } = run(lines);
    expect(removed).toEqual(spam);
    expect(kept).toContain('Factory Floor');
  });
  it('removes a run-on line of brand names and a spam block in other scripts', () => {
    const runOn = 'cheap jerseys wholesale nfl jerseys china free shipping authentic jerseys discount replica jerseys paypal nba jerseys cheap mlb jerseys';
    const foreign = ['บาคาร่า ออนไลน์ เว็บตรง', 'ставки на спорт онлайн', '六合彩 开奖 结果'];
    const { removed, kept } = run([...foreign.flatMap((l) => [l, '']), PROSE[0]!, '', runOn, '', PROSE[1]!]);
    expect(removed).toEqual([...foreign, runOn]);
    expect(kept).toEqual([PROSE[0], PROSE[1]]);
  });
  it('removes chrome in other languages at the end, but keeps "Share." inside the interview', () => {
    const lines = [PROSE[0]!, '', 'Share.', '', PROSE[1]!, '', PROSE[2]!, '', 'Compartir', 'Deja una respuesta', 'Related Posts'];
    const { removed, kept } = run(lines);
    expect(removed).toEqual(['Compartir', 'Deja una respuesta', 'Related Posts']);
    expect(kept).toContain('Share.');
  });
  it('removes a reading time with its word anywhere, in other languages too (`Lecture 6 min.`, `Tiempo de lectura: 6 min`), but keeps an answer naming minutes', () => {
    const times = ['Lecture 6 min.', 'Temps de lecture : 6 min', 'Tiempo de lectura: 6 min', 'Lettura 6 min', 'Leestijd 6 minuten', 'Reading time: 6 minutes'];
    const lines = [PROSE[0]!, '', ...times.flatMap((t) => [t, '']), PROSE[1]!, '', 'Six minutes, no more.', '', PROSE[2]!];
    const { removed, kept } = run(lines);
    expect(removed).toEqual(times);
    expect(kept).toContain('Six minutes, no more.');
  });
});

describe('clean: a printed record’s title page, each line centred by spaces', () => {
  const page = ['                    SCOUR AND SALT', '', '                         HEARING', '', '                        BEFORE THE', '', '              COMMITTEE ON RIVERS AND ROADS', '                  UNITED STATES SENATE', '', '                          ----------', '', '                  TUESDAY, MARCH 3, 2026', '', '                                       U.S. Senate,', '           Committee on Rivers and Roads,', '                                                    Washington, DC.'];
  it('is the record’s, none of its lines spam (`HEARING`, the chamber and its name were removed, their words nowhere in the prose)', () => {
    const { removed } = run([...page, ...PROSE]);
    expect(removed).toEqual([]);
  });
  it('and so is one whose centring a copy lost, a line in capitals saying what it is (`HEARING`, `BEFORE THE`: it was removed as spam)', () => {
    expect(run([...page.map((l) => l.trim()), ...PROSE]).removed).toEqual([]);
  });
  it('but a run of such lines with a farm’s mark in it, or not centred and saying nothing of a record, is still a farm', () => {
    const marked = page.map((l, k) => (k === 4 ? '                 BEST CASINO BONUS 2026' : l));
    expect(run([...marked, ...PROSE]).removed.map((x) => x.trim())).toEqual(['HEARING', 'BEST CASINO BONUS 2026', 'UNITED STATES SENATE', 'U.S. Senate,']);
    const unsaid = page.map((l) => l.trim()).map((l) => (/^(?:HEARING|BEFORE THE|UNITED STATES SENATE|COMMITTEE ON .*)$/.test(l) ? 'SCOUR PANEL' : l));
    expect(run([...unsaid, ...PROSE]).removed).toEqual(['SCOUR PANEL', 'SCOUR PANEL', 'SCOUR PANEL', 'SCOUR PANEL', 'U.S. Senate,']);
  });
});

describe('clean: the lines left after removals', () => {
  const removal = (line: number, text: string) => ({ line, text, kind: 'chrome' as const, reason: "a page's button" });
  it('join a sentence broken off by removed lines, and only across the lines removed between its two parts', () => {
    const lines = ['We closed twelve of them for', 'Advertisement', 'Water.', 'Advertisement', 'repairs that could not wait, and the salt', 'Share', '', 'Share', 'gets into the concrete.'];
    const keep = lines.map((l) => !/^(?:Advertisement|Share)$/.test(l) && true);
    const removed = lines.flatMap((l, i) => (keep[i] || l === '' ? [] : [removal(i + 1, l)]));
    const moved: [number, number][] = [];
    // (`Water.` stands between the first two parts: nothing joins them, nor is it lost; the last
    // part goes on the line under the gap of three above it.)
    expect(cleanedLines(lines, keep, removed, moved)).toEqual(['We closed twelve of them for', '', 'Water.', '', 'repairs that could not wait, and the salt', 'gets into the concrete.', '', '', '']);
    expect(moved).toEqual([[8, 5]]);
  });
  it('join across a gap of thousands of removed lines (each line of the gap searched for its neighbours again: 16 s for 20,000)', () => {
    const lines = ['We closed twelve of them for', ...Array.from({ length: 20_000 }, () => 'Share'), 'repairs that could not wait.'];
    const keep = lines.map((l) => l !== 'Share');
    const removed = lines.flatMap((l, i) => (keep[i] ? [] : [removal(i + 1, l)]));
    const out = cleanedLines(lines, keep, removed);
    expect(out.slice(0, 2)).toEqual(['We closed twelve of them for', 'repairs that could not wait.']);
    expect(out.filter((l) => l !== '')).toHaveLength(2);
  });
});

describe('clean: real text that looks like spam', () => {
  it('keeps one-word headings, one-word turns and rapid-fire short Q&A', () => {
    const lines = ['Sora', '', PROSE[0]!, '', 'Stagnant.', '', 'Yup.', '', 'Right.', '', 'Q: Tea or coffee?', 'A: Coffee.', 'Q: Tabs?', 'A: Spaces.', '', 'Packaging', '', PROSE[1]!];
    expect(run(lines).removed).toEqual([]);
  });
  it('keeps an interview about casinos and betting: the words are the topic, not spam', () => {
    const lines = [
      'Sports Betting',
      '',
      'The casino business changed when sports betting became legal, and every casino operator I know had to learn a new trade almost overnight.',
      '',
      'Online Casinos',
      '',
      'We talked about online casino regulation and about how betting companies market to young people, which worries me a great deal.',
      '',
      'Are casino operators ready for what betting regulators will ask of them in the next few years?',
    ];
    expect(run(lines).removed).toEqual([]);
  });
  it('keeps a Markdown title opening the file whose one spam-like word is an ordinary one (`# Bridges panel` over speakers’ name headings); a title only spam uses goes (guard)', () => {
    const body = ['', '### Tom Becker', '', 'Welcome to the panel. Maria, why bridges?', '', '### Maria Lopez', '', 'My father was a carpenter.', '', '### Tom Becker', '', 'And Jonathan, you work on steel?', '', '### Jonathan', '', 'Yes, for twenty years now.', '', '### Maria Lopez', '', 'And he is very good at it.', '', '### Tom Becker', '', 'Thank you both.', ''];
    expect(ingest(['# Bridges panel', ...body].join('\n'), 'panel.md').transcript.title).toBe('Bridges panel');
    expect(ingest(['# Casibom güncel giriş bonusu', ...body].join('\n'), 'spam.md').transcript.removed.map((x) => x.text)).toEqual(['# Casibom güncel giriş bonusu']);
    // (Nor two words spam uses that speech uses too, with nothing of the interview's.)
    expect(ingest(['# Casino Jackpot Slots', ...body].join('\n'), 'weak.md').transcript.removed.map((x) => x.text)).toEqual(['# Casino Jackpot Slots']);
  });
  it('keeps a speaker’s name heading in another script above a short line that looks like a farm’s (`### Interviewer` above an address, in a Chinese interview)', () => {
    const zh = '我们应该找个时间互相体谅一下，因为我也有同样的问题，如果你跟别人解释，他们会问你的邮箱地址是什么。';
    const pairs = Array.from({ length: 6 }, (_, i) => [`### Interviewer`, '', `${zh}${i}？`, '', '### Matthew Prince', '', `${zh}${i}。`, '']).flat();
    const text = ['# 访谈', '', ...pairs, '### Interviewer', '', 'Nordstrom@domain.com。', '', '### Matthew Prince', '', `${zh}。`, ''].join('\n');
    const r = ingest(text, 'zh.md');
    expect(r.transcript.removed.map((x) => x.text)).toEqual([]);
    expect(turnsOf(r).at(-2)).toMatchObject({ speaker: 'Interviewer', paragraphs: ['Nordstrom@domain.com。'] });
  });
  it('keeps a title block at the top (title, byline, date)', () => {
    const lines = ['An Interview About Factories', 'By Dana Whitfield', 'March 3, 2025', '', ...PROSE.flatMap((p) => [p, ''])];
    expect(run(lines).removed).toEqual([]);
  });
  it('treats the document’s own script as native: a Japanese interview keeps its Japanese lines', () => {
    const ja = [
      '工場について',
      '',
      '山田：昨年は工場の床をほとんど作り直しました。その結果は、始めたときに誰もが予想していたよりも良いものでした。私たちはとても満足しています。',
      '',
      '佐藤：五年後にもお客様がこれを必要としているかどうか、私はいつも考えています。市場が別の方向に動いているのではないかと心配しています。',
      '',
      'はい。',
      '',
      'buy cheap viagra online',
    ];
    const { removed, kept } = run(ja);
    expect(removed).toEqual(['buy cheap viagra online']);
    expect(kept).toContain('工場について');
    expect(kept).toContain('はい。');
  });
});
