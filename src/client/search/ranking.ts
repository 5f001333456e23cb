import { forIndex, forReader, inflects, SHORT } from '../../lib/index-words.ts';

/**
 * Ranking. Pagefind ranks whole interviews (one document each, every turn a sub-result); when no
 * interview has every query word, `anyOf` orders those with some of them. Within the interviews
 * loaded, each turn's score is computed here from the matched words' positions (BM25 over
 * turns), and a guest's answer also earns part of its question's score. Pure: Pagefind's
 * results in, ranked blocks out.
 */

/** What this code reads of a Pagefind result's data. */
export interface PageData {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors: { id: string; title: string; element: string; location: number }[];
  sub_results: { anchor?: { id: string }; excerpt: string }[];
  weighted_locations: { location: number }[];
}

export interface Block {
  kind: 'turn' | 'section' | 'interview';
  anchor: string;
  title?: string;
  speaker?: string;
  role?: string;
  section: string;
  start: number;
  end: number;
  tf: number[];
  page: string;
  interview: string;
  excerpt: string;
  own: number;
  score: number;
  /** Word positions of the matches inside the block. */
  hits: number[];
  /** For an answer: the opening of the question it answers. */
  question?: string;
  /** For a turn longer than a passage: the first word of the passage that was scored. */
  passage?: number;
}

// Tuned against tests/fixtures/queries.json: length matters little (a short interjection,
// "Oh, right. ... Zillow", should not outrank the answer that discusses the topic), and a guest's
// answer counts double against a question that repeats the same words.
const K1 = 1.6;
const B = 0.1;
const GUEST = 2;
/** An answer earns this share of its question's score: above the question's own (a tie goes to the answer). */
const QUESTION = 0.6;
/** A match by stem or prefix ("electrons" for "electricity") counts this much against the exact word. */
const STEM = 0.5;
/** A turn that opens with the topic, in its first LEAD words, is about it: such a match counts 1 + LEAD_BONUS times. */
const LEAD = 20;
const LEAD_BONUS = 2;
/** All the query's words side by side, in order (a phrase), multiply a block's score by this. */
const PHRASE = 2;
/** All the query's words within a few words of each other: less than a phrase, more than scattered. */
const NEAR = 1.3;
/**
 * A turn longer than this many words (a talk ingested as one turn, a monologue) is scored by its
 * best passage of this length, as a reader judges it by the part that is about the query: its
 * words scattered over thousands of others do not make it an answer.
 */
export const PASSAGE = 300;

/**
 * A word as matching compares it: lower case, letters (with their marks) and digits only, except that a
 * contraction keeps its apostrophe ("I've" is not "Ive", "we'll" not "well").
 */
export const norm = (w: string): string => {
  const lower = w.toLowerCase().replace(/’/g, "'");
  const c = /(\p{L}+)'(ve|ll|re|s|d|t|m)\b/u.exec(lower);
  // "Amdahl's", "Google's" are possessives: the name itself.
  if (c && (c[2] !== 's' || PRONOUNS.has(c[1]!))) return lower.replace(/[^\p{L}\p{M}\p{N}']+/gu, '');
  // Marks stay: Thai and Hindi write vowels as marks (`ที่` is not `ท`).
  return lower.replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
};
const PRONOUNS = new Set(['it', 'that', 'there', 'what', 'who', 'he', 'she', 'let', 'here', 'where', 'how']);

/** Words a reader types around a topic ("why did", "what is the", "X versus Y", "too complex") that say nothing about it. */
const FILLER = new Set('a an the and or of to in on at for with by from is are was were be been did do does doing will would could should can may might have has had what why how when where who which whom whose that this these those it its i you we they he she me my your our their about tell say said think versus vs instead than too'.split(' '));

/** A query's words as typed, with quotes and question marks taken off, split as the index holds words (src/lib/index-words.ts): Chinese by character, elisions apart. */
export function queryWords(q: string): string[] {
  return forIndex(q.toLowerCase().replace(/[“”"?？!]/g, ' ')).split(/\s+/).filter((w) => norm(w));
}

/** The words of a query that carry its topic, with quotes and question marks taken off. */
export function queryTerms(q: string): string[] {
  const words = queryWords(q);
  const topical = words.filter((w) => !FILLER.has(norm(w)));
  return topical.length ? topical : words;
}

/**
 * The query as a phrase, for Pagefind's exact search: its words as typed, without the filler
 * words around it ("what is package relay?" is "package relay", "access to the banking system"
 * keeps its "to the"). Null for a single word: it is no phrase.
 */
export function queryPhrase(q: string): string | null {
  const words = queryWords(q);
  let from = 0;
  let to = words.length;
  while (from < to && FILLER.has(norm(words[from]!))) from++;
  while (to > from && FILLER.has(norm(words[to - 1]!))) to--;
  return to - from > 1 ? `"${words.slice(from, to).join(' ')}"` : null;
}

/**
 * The spellings one slip away from a query word that no interview holds: a letter left out, or
 * two side by side swapped. A reader types a name as it is spelt ("Dennard") where an automatic
 * transcript wrote it otherwise ("Denard's"); the index then holds the other. Never the first
 * letter, which a slip hardly touches (and the index matches parts of words: `ellican` finds
 * "pelican"). Words of five letters or more only: a short word has too many neighbours to mean
 * one of them.
 */
export function spellings(term: string): string[] {
  const w = [...term];
  if (w.length < 5 || !w.every((c) => /[\p{L}\p{M}]/u.test(c))) return [];
  const out = new Set<string>();
  for (let i = 1; i < w.length; i++) out.add([...w.slice(0, i), ...w.slice(i + 1)].join(''));
  for (let i = 1; i + 1 < w.length; i++) if (w[i] !== w[i + 1]) out.add([...w.slice(0, i), w[i + 1], w[i], ...w.slice(i + 2)].join(''));
  out.delete(term);
  return [...out];
}

/**
 * Interviews that hold the query's words side by side, as a phrase, before those that only hold
 * them apart; each part keeps Pagefind's order. Pagefind ranks an interview by how often it
 * holds each word, so a long interview that repeats "business" and "plan" far apart would
 * otherwise load before the short one that speaks of a "business plan".
 */
export function phraseFirst<R extends { id: string }>(results: R[], withPhrase: R[]): R[] {
  const ids = new Set(withPhrase.map((r) => r.id));
  const known = new Set(results.map((r) => r.id));
  return [...results.filter((r) => ids.has(r.id)), ...withPhrase.filter((r) => !known.has(r.id)), ...results.filter((r) => !ids.has(r.id))];
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The query word a matched word stands for, or -1. Pagefind stems, and can match a long query
 * word against a one-letter indexed word ("x"): such a match counts for nothing.
 */
export function termOf(word: string, terms: string[]): number {
  return match(word, terms).term;
}

/** Which query word a matched word stands for (-1: none), and whether it is that very word. */
export function match(word: string, terms: string[]): { term: number; exact: boolean } {
  const w = norm(word);
  if (w.includes("'")) return { term: terms.indexOf(w), exact: true }; // a contraction matches only itself
  let best = -1;
  let len = 0;
  let exact = false;
  terms.forEach((t, i) => {
    const p = commonPrefix(w, t);
    // Another form of the word, or for longer words a shared beginning (src/lib/index-words.ts).
    const ok = w === t || (p >= SHORT && w.length >= SHORT && t.length >= SHORT) || inflects(w, t) || inflects(t, w);
    if (ok && (w === t || p > len) && !exact) [best, len, exact] = [i, p, w === t];
  });
  return { term: best, exact };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Turns (and headings, and interviews' introductions) of the loaded documents that match, best first. */
export function rank(pages: PageData[], query: string[], typed: string[] = query): Block[] {
  const terms = query.map(norm).filter(Boolean);
  // The query's words as typed, filler and all ("too ambitious", "human in the loop"): a block that
  // holds them so, word for word, holds the phrase the reader means.
  const asTyped = typed.map(norm).filter(Boolean);
  const blocks: Block[] = [];
  const wordsOf = new Map<Block, string[]>();
  for (const page of pages) {
    const words = page.content.split(/[^\S\uFEFF]+/); // as Pagefind counts word positions
    let roles: Record<string, string> = {};
    try {
      roles = JSON.parse(page.meta['roles'] || '{}') as Record<string, string>;
    } catch {
      roles = {};
    }
    const excerpts = new Map(page.sub_results.map((s) => [s.anchor?.id ?? '', s.excerpt]));
    const anchors = page.anchors.filter((a) => a.title && /\S/.test(a.title)).sort((a, b) => a.location - b.location);
    const url = page.meta['url'] || page.url;
    const base = { tf: [] as number[], page: url, interview: page.meta['title'] ?? '', excerpt: '', own: 0, score: 0, end: 0, hits: [] as number[] };
    let section = '';
    const mine: Block[] = [
      { ...base, kind: 'interview', anchor: '', title: page.meta['title'], start: 0, section: '' },
      ...anchors.map((a): Block => {
        const heading = /^h\d$/i.test(a.element);
        if (heading) section = a.title;
        return heading
          ? { ...base, kind: 'section', anchor: a.id, title: a.title, start: a.location, section: '' }
          : { ...base, kind: 'turn', anchor: a.id, speaker: a.title, role: roles[a.title] || 'other', start: a.location, section };
      }),
    ];
    mine.forEach((b, i) => {
      b.end = mine[i + 1]?.start ?? words.length;
      b.tf = terms.map(() => 0);
      b.hits = [];
      b.excerpt = excerpts.get(b.anchor) ?? '';
      wordsOf.set(b, words);
    });
    let i = 0;
    for (const { location } of [...page.weighted_locations].sort((a, b) => a.location - b.location)) {
      while (i + 1 < mine.length && mine[i + 1]!.start <= location) i++;
      const m = match(words[location] ?? '', terms);
      if (m.term >= 0) {
        mine[i]!.tf[m.term]! += (m.exact ? 1 : STEM) * (mine[i]!.kind === 'turn' && location - mine[i]!.start < LEAD ? 1 + LEAD_BONUS : 1);
        mine[i]!.hits.push(location);
      }
    }
    blocks.push(...mine);
  }
  const turns = blocks.filter((b) => b.kind === 'turn');
  const length = (b: Block) => (b.kind === 'turn' ? Math.min(PASSAGE, b.end - b.start) : b.end - b.start);
  const avg = turns.reduce((n, b) => n + (b.end - b.start), 0) / Math.max(1, turns.length);
  const idf = terms.map((_, t) => {
    const df = turns.filter((b) => b.tf[t]! > 0).length;
    return Math.log(1 + (turns.length - df + 0.5) / (df + 0.5));
  });
  const bm25 = (b: Block) => {
    const len = length(b) / (avg || 1);
    return b.tf.reduce((s, tf, t) => s + (idf[t]! * tf * (K1 + 1)) / (tf + K1 * (1 - B + B * len)), 0);
  };
  for (const b of turns) if (b.end - b.start > PASSAGE && b.hits.length) bestPassage(b, wordsOf.get(b)!, terms, idf, bm25);
  for (const b of blocks) {
    const whole = asTyped.length > terms.length && asTyped.length <= 8 && holdsAsTyped(wordsOf.get(b)!, b, asTyped);
    const together = whole ? PHRASE : terms.length > 1 ? (isPhrase(wordsOf.get(b)!, b.hits, terms, b.end) ? PHRASE : isNear(wordsOf.get(b)!, b.hits, terms) ? NEAR : 1) : 1;
    b.own = bm25(b) * together;
  }
  // An answer also earns half of its question's score: asked about a topic, the reader wants the
  // answer, even when the answer no longer repeats the question's words. The question may be the
  // interviewer's, or from someone else who is not a guest (a talk's audience, a panel's floor).
  blocks.forEach((b, i) => {
    const q = blocks[i - 1];
    const asked = asks(q, b);
    b.score = b.kind === 'turn' && b.role === 'guest' ? GUEST * (b.own + (asked ? QUESTION * q.own : 0)) : b.own;
    if (b.score <= 0) return;
    const words = wordsOf.get(b)!;
    // An answer shows the question it answers, and the sentence that matched, whole.
    if (b.kind === 'turn' && b.role === 'guest' && asked) b.question = clipWords(words.slice(q.start, q.end), 16);
    if (b.kind === 'turn' && b.hits.length) b.excerpt = sentenceAround(words, b, terms);
    else if (!b.excerpt) b.excerpt = escapeHtml(words.slice(b.start, Math.min(b.end, b.start + 24)).join(' ')) + (b.end - b.start > 24 ? ' …' : '');
    // As written, without the spaces the index needs.
    b.excerpt = forReader(b.excerpt);
    if (b.question) b.question = forReader(b.question);
  });
  // All the query's words before some of them, and then the rarer words before the commoner:
  // what a block covers (for an answer, with its question) weighs each word by its rarity. Among
  // blocks that cover the same words, those that hold them as typed come before those that hold
  // only other forms of them (`Rippling` before `ripple`, `watchtowers` before `watchtower`).
  const covers = new Map<Block, number>();
  const exactly = new Map<Block, number>();
  const exactTerms = (b: Block) => new Set(b.hits.map((h) => match(wordsOf.get(b)![h] ?? '', terms)).filter((m) => m.exact).map((m) => m.term));
  blocks.forEach((b, i) => {
    const q = blocks[i - 1];
    const asked = b.kind === 'turn' && b.role === 'guest' && asks(q, b);
    covers.set(b, b.tf.reduce((sum, tf, t) => sum + (tf > 0 || (asked && q.tf[t]! > 0) ? idf[t]! : 0), 0));
    if (b.score <= 0) return;
    const exact = exactTerms(b);
    if (asked) for (const t of exactTerms(q)) exact.add(t);
    exactly.set(b, [...exact].reduce((sum, t) => sum + idf[t]!, 0));
  });
  const order = { turn: 0, section: 1, interview: 2 };
  return blocks
    .filter((b) => b.score > 0)
    .sort((a, b) => order[a.kind] - order[b.kind] || covers.get(b)! - covers.get(a)! || exactly.get(b)! - exactly.get(a)! || b.score - a.score);
}

/** Whether turn `q` puts the question that `b`, the turn after it, answers: anyone's but a guest's. */
function asks(q: Block | undefined, b: Block): q is Block {
  return q?.kind === 'turn' && q.role !== 'guest' && q.page === b.page;
}

/**
 * Narrows a long turn's matches to its best passage of PASSAGE words: the one covering the rarest
 * query words, then the one scoring highest. Its counts, matches and excerpt are then the passage's.
 */
function bestPassage(b: Block, words: string[], terms: string[], idf: number[], bm25: (b: Block) => number): void {
  const hits = [...new Set(b.hits)].sort((x, y) => x - y);
  const found = hits.map((p) => match(words[p] ?? '', terms));
  let best: { from: number; tf: number[]; hits: number[]; covers: number; score: number } | undefined;
  for (let i = 0, j = 0; i < hits.length; i++) {
    while (j < hits.length && hits[j]! < hits[i]! + PASSAGE) j++;
    const tf = terms.map(() => 0);
    for (let k = i; k < j; k++) tf[found[k]!.term]! += found[k]!.exact ? 1 : STEM;
    const covers = tf.reduce((sum, n, t) => sum + (n > 0 ? idf[t]! : 0), 0);
    const score = bm25({ ...b, tf });
    if (!best || covers > best.covers || (covers === best.covers && score > best.score)) best = { from: hits[i]!, tf, hits: hits.slice(i, j), covers, score };
  }
  if (!best) return;
  b.tf = best.tf;
  b.hits = best.hits;
  b.passage = best.from;
}

/**
 * Whether the block holds every query word in order, side by side: one word between is allowed,
 * or up to three filler words ("access to the banking system" is the phrase "access banking system").
 */
function isPhrase(words: string[], hits: number[], terms: string[], end: number): boolean {
  const at = [...new Set(hits)].sort((a, b) => a - b);
  const filler = (p: number) => FILLER.has(norm(words[p] ?? ''));
  for (const start of at) {
    if (termOf(words[start] ?? '', terms) !== 0) continue;
    let pos = start;
    let next = 1;
    while (next < terms.length) {
      // Within the block: the next turn's first words are not this one's phrase.
      const found = [pos + 1, pos + 2, pos + 3, pos + 4].find((p) => p < end && termOf(words[p] ?? '', terms) === next && (p <= pos + 2 || [...Array(p - pos - 1).keys()].every((k) => filler(pos + 1 + k))));
      if (found == null) break;
      pos = found;
      next++;
    }
    if (next === terms.length) return true;
  }
  return false;
}

/** Whether the block holds the query's words as typed, side by side, at one of its matches. */
function holdsAsTyped(words: string[], b: Block, typed: string[]): boolean {
  for (const h of b.hits) {
    const w = norm(words[h] ?? '');
    for (let k = typed.indexOf(w); k !== -1; k = typed.indexOf(w, k + 1)) {
      const from = h - k;
      if (from >= b.start && from + typed.length <= b.end && typed.every((t, j) => norm(words[from + j] ?? '') === t)) return true;
    }
  }
  return false;
}

/** Whether every query word occurs within a window of a few words somewhere in the block. */
function isNear(words: string[], hits: number[], terms: string[]): boolean {
  const window = 2 * terms.length + 4;
  const at = [...new Set(hits)].sort((a, b) => a - b).map((p) => ({ p, t: termOf(words[p] ?? '', terms) }));
  for (let i = 0; i < at.length; i++) {
    const seen = new Set<number>();
    for (let j = i; j < at.length && at[j]!.p - at[i]!.p <= window; j++) seen.add(at[j]!.t);
    if (seen.size === terms.length) return true;
  }
  return false;
}

function clipWords(words: string[], n: number): string {
  return words.length > n ? `${words.slice(0, n).join(' ')} …` : words.join(' ');
}

/**
 * The sentence of a block that holds its first match, whole (up to 40 words around the match),
 * with every matched word marked. Sentences end at a word that ends in . ? or !.
 */
export function sentenceAround(words: string[], b: Pick<Block, 'start' | 'end' | 'hits'>, terms: string[]): string {
  const at = Math.min(...b.hits);
  const ends = (i: number) => /[.?!…。？！]["”’)」』]*$/.test(words[i] ?? '');
  let from = at;
  while (from > b.start && !ends(from - 1) && at - from < 30) from--;
  let to = at;
  while (to < b.end - 1 && !ends(to) && to - from < 40) to++;
  const cutBefore = from > b.start && !ends(from - 1);
  const cutAfter = to < b.end - 1 && !ends(to);
  const html = words
    .slice(from, to + 1)
    .map((w) => (termOf(w, terms) >= 0 ? `<mark>${escapeHtml(w)}</mark>` : escapeHtml(w)))
    .join(' ');
  return `${cutBefore ? '… ' : ''}${html}${cutAfter ? ' …' : ''}`;
}

/** Excerpts come from transcript text: keep only Pagefind's <mark>, escape everything else. */
export function safeExcerpt(html: string): string {
  const text = html
    .replace(/<mark>/g, '\u0001')
    .replace(/<\/mark>/g, '\u0002')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return escapeHtml(text).replace(/\u0001/g, '<mark>').replace(/\u0002/g, '</mark>');
}

/**
 * The interviews found by any of a query's words, best first: by the summed rarity (BM25's
 * inverse document frequency among `total` interviews) of the words each holds, then by the
 * summed scores Pagefind gave them. An interview found by several words reads as one result
 * whose matches are all of theirs (each search's data holds only its own word's matches).
 */
export function anyOf<R extends { id: string; score: number; data(): Promise<PageData> }>(perWord: R[][], total: number): R[] {
  const n = Math.max(total, ...perWord.map((r) => r.length));
  const found = new Map<string, { results: R[]; rarity: number; score: number }>();
  for (const results of perWord) {
    const idf = Math.log(1 + (n - results.length + 0.5) / (results.length + 0.5));
    for (const r of results) {
      const seen = found.get(r.id) ?? { results: [], rarity: 0, score: 0 };
      found.set(r.id, { results: [...seen.results, r], rarity: seen.rarity + idf, score: seen.score + r.score });
    }
  }
  return [...found.values()]
    .sort((a, b) => b.rarity - a.rarity || b.score - a.score)
    .map(({ results, score }) => ({
      ...results[0]!,
      score,
      data: async () => {
        const all = await Promise.all(results.map((r) => r.data()));
        return { ...all[0]!, weighted_locations: all.flatMap((d) => d.weighted_locations), sub_results: all.flatMap((d) => d.sub_results) };
      },
    }));
}
