import { describe, expect, it } from 'vitest';
import { termsPattern } from '../../src/client/highlight.ts';
import { anyOf, PASSAGE, phraseFirst, queryPhrase, queryTerms, queryWords, rank, termOf, type PageData } from '../../src/client/search/ranking.ts';
import { forIndex, forReader } from '../../src/lib/index-words.ts';
import { searchDocument, documentHtml } from '../../src/search/records.ts';
import { ingest } from '../../src/ingest/index.ts';

/** A Pagefind document of turns, as the index holds its text, with a match wherever a query word is. */
function page(url: string, turns: [string, string, string][], roles: Record<string, string>, terms: string[]): PageData {
  const words: string[] = [];
  const anchors: PageData['anchors'] = [];
  turns.forEach(([id, speaker, text]) => {
    anchors.push({ id, title: speaker, element: 'div', location: words.length });
    words.push(...forIndex(text).split(' '));
  });
  const weighted_locations = words.flatMap((w, location) => (termOf(w, terms) >= 0 ? [{ location }] : []));
  return { url, content: words.join(' '), meta: { title: url, url, roles: JSON.stringify(roles) }, anchors, sub_results: [], weighted_locations };
}
const ROLES = { Host: 'interviewer', Guest: 'guest' };

describe('words of languages written without spaces, and elided articles', () => {
  it('index Chinese and Japanese by character and French elisions apart, and give the reader the text as written', () => {
    expect(forIndex('我们去读法学院。')).toBe('我 们 去 读 法 学 院 。');
    expect(forIndex('passer par l’hybridation, qu’il dit')).toBe('passer par l’ hybridation, qu’ il dit');
    expect(forIndex("I've seen Jony Ive and O'Brien")).toBe("I've seen Jony Ive and O'Brien"); // English is left as it is
    for (const text of ['我们去读法学院。', 'passer par l’hybridation', '日本語のテキストです', "I've seen O'Brien"]) expect(forReader(forIndex(text))).toBe(text);
    // An excerpt marks indexed words one by one: the spaces between the marks go too.
    expect(forReader('我 们 去 读 <mark>法</mark> <mark>学</mark> <mark>院</mark> 。')).toBe('我们去读<mark>法</mark><mark>学</mark><mark>院</mark>。');
    expect(forReader('passer par l’ <mark>hybridation</mark>')).toBe('passer par l’<mark>hybridation</mark>');
  });
  it('set apart a word in another script written against Chinese characters, and find and mark it', () => {
    expect(forIndex('和今天的Rippling一样，Cloudflare的想法')).toBe('和 今 天 的 Rippling 一 样 ， Cloudflare 的 想 法');
    expect(forReader(forIndex('和今天的Rippling一样，Cloudflare的想法'))).toBe('和今天的Rippling一样，Cloudflare的想法');
    expect(forReader('的 <mark>Rippling</mark> 一 样')).toBe('的<mark>Rippling</mark>一样');
    const p = page('/zh/', [['a1', 'Guest', '它的商业模式几乎和今天的Rippling一样。'], ['a2', 'Guest', '我们浪费了600万美元。']], ROLES, queryTerms('Rippling'));
    expect(rank([p], queryTerms('Rippling'))[0]!.anchor).toBe('a1');
    expect('它的商业模式几乎和今天的Rippling一样'.match(termsPattern('Rippling')!)).toEqual(['Rippling']);
    // Still whole words: not the end of a longer Latin word.
    expect('unRippling'.match(termsPattern('Rippling')!)).toBeNull();
  });
  it('split a query the same way, so a Chinese phrase is its characters side by side', () => {
    expect(queryTerms('禁止致电')).toEqual(['禁', '止', '致', '电']);
    expect(queryTerms('l’hybridation')).toEqual(['l’', 'hybridation']);
    const p = page('/zh/', [['a1', 'Guest', '我们接到了禁止致电名单的申请。'], ['a2', 'Guest', '禁烟，电话，致谢，止步。']], ROLES, queryTerms('禁止致电'));
    const ranked = rank([p], queryTerms('禁止致电'));
    expect(ranked[0]!.anchor).toBe('a1');
    expect(ranked[0]!.excerpt).toBe('我们接到了<mark>禁</mark><mark>止</mark><mark>致</mark><mark>电</mark>名单的申请。');
  });
  it('mark on arrival the characters as typed, and a French word after its article', () => {
    const zh = termsPattern('禁止致电')!;
    expect('我们接到了禁止致电名单'.split(zh)).toEqual(['我们接到了', '禁止致电', '名单']);
    const fr = termsPattern('hybridation')!;
    expect('passer par l’hybridation'.split(fr)).toEqual(['passer par l’', 'hybridation', '']);
    expect(termsPattern('Jony Ive')!.test("I've met him")).toBe(false);
  });
  it('go into the search documents split, while the page keeps its text', () => {
    const r = ingest('# 访谈\n\nQ: 你为什么去读法学院？你以前在法学院教书吗？\n\nA: 因为我想当律师。我去了芝加哥的法学院，现在已经不存在了，但它给了我思考和写作的借口。\n', 'zh.md');
    expect(r.transcript.lang).toBe('zh');
    const html = documentHtml(searchDocument(r.transcript, '/'));
    expect(html).toContain('法 学 院');
    expect(r.transcript.sections[0]!.turns[1]!.paragraphs[0]!.text).toContain('芝加哥的法学院');
  });
});

describe('ranking by how much of the query a turn holds', () => {
  it('puts an answer with every query word above one with only some, however often those recur', () => {
    const terms = queryTerms('Rackspace CEO');
    const p = page('/x/', [
      ['q1', 'Host', 'Where did you host it?'],
      ['a1', 'Guest', 'Rackspace. We moved everything to Rackspace, Rackspace ran it, Rackspace was cheap, and Rackspace support answered; Rackspace, always.'],
      ['q2', 'Host', 'Who taught you about leadership?'],
      ['a2', 'Guest', 'I used to work with their CEO back then, long before any of this, years before the company was called Rackspace.'],
      ['q3', 'Host', 'Does a CEO need to use these tools?'],
      ['a3', 'Guest', 'Every CEO should, and a CEO who does not will fall behind.'],
    ], ROLES, terms);
    const ranked = rank([p], terms);
    expect(ranked[0]!.anchor).toBe('a2');
    // Among those holding some of the words, the rarer word first: Rackspace before CEO.
    expect(ranked.findIndex((b) => b.anchor === 'a1')).toBeLessThan(ranked.findIndex((b) => b.anchor === 'a3'));
  });
  it('leads from a question from the floor (not the interviewer) to its answer, and shows the question', () => {
    const terms = queryTerms('identity verification');
    const p = page('/talk/', [
      ['q1', 'Audience', 'I am interested in identity verification. Is anyone trying this right now?'],
      ['a1', 'Speaker', 'I do not know. You can get certificates for email addresses, and a lot of identity is attached to connections.'],
      ['a2', 'Speaker', 'Verification of a signature is cheap, which is why we batch it.'],
    ], { Audience: 'other', Speaker: 'guest' }, terms);
    const ranked = rank([p], terms);
    expect(ranked[0]!.anchor).toBe('a1');
    expect(ranked[0]!.question).toMatch(/^I am interested in identity verification/);
  });
  it('puts a turn holding the word as typed above one holding only other forms of it, however many', () => {
    const terms = queryTerms('watchtowers');
    const p = page('/x/', [
      ['a1', 'Guest', 'A watchtower here, a watchtower there, every watchtower watching, watchtower after watchtower.'],
      ['a2', 'Guest', 'We have no watchtowers yet, so you can only receive for now.'],
    ], { Guest: 'guest' }, terms);
    expect(rank([p], terms).map((b) => b.anchor)).toEqual(['a2', 'a1']);
  });
  it('judges a turn longer than a passage (a talk as one turn) by its best passage, not by words scattered over all of it', () => {
    const terms = queryTerms('stolen coins traced');
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i % 50}`).join(' ');
    const p = page('/x/', [
      ['talk', 'Guest', `Stolen things. ${filler(PASSAGE)} Coins and coins. ${filler(PASSAGE)} Traced, traced, stolen. ${filler(PASSAGE)} Coins again.`],
      ['q1', 'Host', 'What about thefts?'],
      ['a1', 'Guest', `The coins that were stolen were traced through mixers. ${filler(40)}`],
    ], ROLES, terms);
    const ranked = rank([p], terms);
    expect(ranked[0]!.anchor).toBe('a1');
    // The talk is still found, with the sentence of its best passage as the excerpt.
    const talk = ranked.find((b) => b.anchor === 'talk')!;
    expect(talk.passage).toBeGreaterThan(0);
    expect(talk.excerpt).toContain('<mark>Traced,</mark>');
  });
  it('finds a phrase only inside one turn, never across the end of a turn and the start of the next', () => {
    const terms = queryTerms('Rackspace CEO');
    const score = (question: string) => {
      const p = page('/x/', [['a1', 'Guest', 'We moved it all to Rackspace.'], ['q2', 'Host', question]], ROLES, terms);
      return rank([p], terms).find((b) => b.anchor === 'a1')!.score;
    };
    expect(score('Does a CEO care?')).toBe(score('Does a chef care?'));
  });
  it('puts an answer that opens with the topic above one that mentions it in passing further on ("Zerocoin is...")', () => {
    const terms = queryTerms('zerocoin');
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const p = page('/x/', [
      ['a1', 'Guest', `${words(30)} and then zerocoin.`],
      ['a2', 'Guest', `Zerocoin is a proposed change that hides where coins came from. ${words(40)}`],
    ], { Guest: 'guest' }, terms);
    expect(rank([p], terms).map((b) => b.anchor)).toEqual(['a2', 'a1']);
  });
  it('counts words side by side as a phrase across filler words ("access to the banking system")', () => {
    const terms = queryTerms('access to the banking system');
    expect(terms).toEqual(['access', 'banking', 'system']);
    const p = page('/x/', [
      ['a1', 'Guest', 'Access is hard where the banking system is old, for people around the world today.'],
      ['a2', 'Guest', 'Only a few people around the world today have access to the banking system, sadly, still.'],
    ], { Guest: 'guest' }, terms);
    expect(rank([p], terms)[0]!.anchor).toBe('a2');
  });
});

describe('words of Thai, Lao, Khmer and Burmese', () => {
  it('are split by a dictionary for the index, and the reader gets the text back with a space only beside another script', () => {
    expect(forIndex('ผมชอบกินข้าวผัดทุกวัน')).toBe('ผม ชอบ กิน ข้าว ผัด ทุก วัน');
    expect(forIndex('ພາສາລາວງາມຫຼາຍ')).toBe('ພາສາ ລາວ ງາມ ຫຼາຍ');
    expect(forIndex('ភាសាខ្មែរគឺជាភាសា').split(' ').length).toBeGreaterThan(1);
    expect(forIndex('မြန်မာဘာသာစကား').split(' ').length).toBeGreaterThan(1);
    // A Latin word written against Thai is a word of its own.
    expect(forIndex('เราใช้Pythonทุกวัน')).toBe('เรา ใช้ Python ทุก วัน');
    for (const text of ['ผมชอบกินข้าวผัดทุกวัน', 'ร้าน 7-Eleven ใกล้บ้าน', 'ພາສາລາວງາມຫຼາຍ']) expect(forReader(forIndex(text))).toBe(text);
    expect(forReader('ผม ชอบ กิน <mark>ข้าว</mark> ผัด')).toBe('ผมชอบกิน<mark>ข้าว</mark>ผัด');
  });
  it('are found as words, their vowel marks kept: a query for one word finds the turn that has it', () => {
    expect(queryTerms('ข้าวผัด')).toEqual(['ข้าว', 'ผัด']);
    // `กี่` (how many) and `ก็` (also) differ only in their marks.
    const terms = queryTerms('กี่');
    const p = page('/th/', [['a1', 'Guest', 'ผมก็ชอบทะเล'], ['a2', 'Guest', 'ร้านนี้มีกี่สาขา']], ROLES, terms);
    // Pagefind folds the marks away and matches by beginning: every word that starts with `ก`.
    const words = p.content.split(' ');
    p.weighted_locations = words.flatMap((w, location) => (w.startsWith('ก') ? [{ location }] : []));
    expect(p.weighted_locations.length).toBe(2);
    const ranked = rank([p], terms);
    expect(ranked.filter((b) => b.kind === 'turn').map((b) => b.anchor)).toEqual(['a2']);
    expect(ranked[0]!.excerpt).toBe('ร้านนี้มี<mark>กี่</mark>สาขา');
  });
});

describe('interviews found by some of the query’s words', () => {
  const result = (id: string, score: number, locations: number[]) => ({ id, score, data: async () => ({ url: `/${id}/`, content: '', meta: {}, anchors: [], sub_results: [], weighted_locations: locations.map((location) => ({ location })) }) });
  it('come rarest words first, not in the order the words were typed, each with all its matches', async () => {
    // "altcoins" is in three interviews, "copycats" in one: the interview with "copycats" leads.
    const altcoins = [result('a', 9, [1]), result('b', 8, [2]), result('c', 7, [3])];
    const copycats = [result('d', 2, [4])];
    expect(anyOf([altcoins, copycats], 10).map((r) => r.id)).toEqual(['d', 'a', 'b', 'c']);
    // An interview with both words comes first, and its data holds both words' matches.
    const both = anyOf([altcoins, [result('b', 1, [5])]], 10);
    expect(both[0]!.id).toBe('b');
    expect((await both[0]!.data()).weighted_locations.map((l) => l.location)).toEqual([2, 5]);
  });
});

describe('interviews that hold the query as a phrase', () => {
  it('are the query without the filler words around it, and no phrase for one word', () => {
    expect(queryPhrase('what is package relay?')).toBe('"package relay"');
    expect(queryPhrase('access to the banking system')).toBe('"access to the banking system"');
    expect(queryPhrase('“business plan”')).toBe('"business plan"');
    expect(queryPhrase('why did Sora succeed?')).toBe('"sora succeed"');
    expect(queryPhrase('layering')).toBeNull();
    expect(queryPhrase('what is it?')).toBeNull();
  });
  it('load before interviews that only hold its words apart, each part in Pagefind’s order', () => {
    const r = (id: string) => ({ id });
    // Pagefind ranks a long interview repeating "business" and "plan" first; the one that says "business plan" loads first.
    expect(phraseFirst([r('long'), r('other'), r('short')], [r('short')]).map((x) => x.id)).toEqual(['short', 'long', 'other']);
    expect(phraseFirst([r('a'), r('b'), r('c')], [r('c'), r('a')]).map((x) => x.id)).toEqual(['a', 'c', 'b']);
    expect(phraseFirst([r('a'), r('b')], []).map((x) => x.id)).toEqual(['a', 'b']);
  });
});

describe('a query typed with words that say nothing alone ("too ambitious", "human in the loop")', () => {
  it('ranks the answer holding the words as typed, side by side, above one that repeats the topic word apart from them', () => {
    const typed = 'too ambitious';
    const p = page('/a/', [['q1', 'Host', 'What drives you?'], ['a1', 'Guest', 'The most ambitious projects. Honestly, what we do is pretty ambitious, and I love it.'], ['q2', 'Host', 'And the critics?'], ['a2', 'Guest', 'People may say it is too ambitious, whatever.']], ROLES, queryTerms(typed));
    expect(rank([p], queryTerms(typed), queryWords(typed))[0]!.anchor).toBe('a2');
    // Without the words as typed, the topic word counted alone puts the other answer first.
    expect(rank([p], queryTerms(typed))[0]!.anchor).toBe('a1');
  });
  it('never lifts a question above its answer (guard)', () => {
    const typed = 'what is the plan';
    const p = page('/b/', [['q1', 'Host', 'So what is the plan?'], ['a1', 'Guest', 'Fix the bridges first, then the plan for roads.']], ROLES, queryTerms(typed));
    expect(rank([p], queryTerms(typed), queryWords(typed))[0]!.anchor).toBe('a1');
  });
});
