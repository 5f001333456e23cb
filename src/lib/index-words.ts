/**
 * How text becomes words for the search index, and back for the reader. The index has one
 * language for the whole site (src/search/integration.ts) and splits words at spaces, so:
 *
 * - Chinese and Japanese, written without spaces between words, get a space between every two
 *   Han or kana characters, and between such a character and a word in another script written
 *   against it (`的Rippling一样`): each character is a word of the index, a query is split the
 *   same way (src/client/search/ranking.ts), and a phrase is those characters side by side,
 *   which the ranking counts as a phrase. Korean is written with spaces and needs none of this.
 * - Thai, Lao, Khmer and Burmese are also written without spaces between words, but their letters
 *   are not words: a run of them is split into words by the platform's word segmenter
 *   (`Intl.Segmenter`, a dictionary of each language, in Node for the index and in the browser
 *   for the query), and set apart from a word in another script written against it.
 * - An elided article or pronoun (French `l’`, `d’`, `qu’`; Italian `dell’`, `un’`) is set apart
 *   from its word, so `l’hybridation` is found by `hybridation`.
 *
 * What the reader sees has those spaces taken out again (`forReader`). A space the writer put
 * between a Chinese character and a Latin word, or between two Thai words, goes with them in a
 * result's excerpt (a Thai word against a Latin one gets one there); the page itself keeps its text.
 */
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff00-\\uffef';
/** Scripts written without spaces whose words are split by a dictionary: Thai, Lao, Khmer, Burmese. */
const SEGMENTED = '\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}';
/** A `<mark>` tag, or the placeholders an excerpt holds for them, between two characters. */
const MARKS = '(?:</?mark>|[\\u0001\\u0002])*';
/** Elided words: French, then Italian. */
export const ELIDED = '(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|dell|nell|sull|dall|all|un|quest)';

const BETWEEN = new RegExp(`([${CJK}])(?=[${CJK}\\p{L}\\p{N}])|([\\p{L}\\p{N}])(?=[${CJK}])`, 'gu');
const CJK_SPACED = new RegExp(`([${CJK}]${MARKS}) (?=${MARKS}[${CJK}\\p{L}\\p{N}])|([\\p{L}\\p{N}]${MARKS}) (?=${MARKS}[${CJK}])`, 'gu');
const ELISION = new RegExp(`(?<![\\p{L}\\p{N}])(${ELIDED}['’])(?=\\p{L})`, 'giu');
const ELISION_SPACED = new RegExp(`(?<![\\p{L}\\p{N}])(${ELIDED}['’]${MARKS}) (?=${MARKS}\\p{L})`, 'giu');
const ANY_CJK = new RegExp(`[${CJK}]`, 'u');
const ANY_ELISION = /\p{L}['’]\p{L}/u;
const ANY_SEGMENTED = new RegExp(`[${SEGMENTED}]`, 'u');
const SEGMENTED_RUN = new RegExp(`[${SEGMENTED}]+`, 'gu');
/** A word of another script against a segmented one, either side. */
const SEGMENTED_BETWEEN = new RegExp(`([${SEGMENTED}])(?=(?![${SEGMENTED}])[\\p{L}\\p{N}])|((?![${SEGMENTED}])[\\p{L}\\p{N}]\\p{M}*)(?=[${SEGMENTED}])`, 'gu');
/** Between two words of a segmented script; a space beside a word of another script stays, as Thai writers often put one. */
const SEGMENTED_SPACED = new RegExp(`([${SEGMENTED}]${MARKS}) (?=${MARKS}[${SEGMENTED}])`, 'gu');
let segmenter: Intl.Segmenter | null | undefined;

/**
 * A run of Thai, Lao, Khmer or Burmese as its words, a space between each two. Without a word
 * segmenter (an old browser), the run stays whole: a query then finds what it finds as typed.
 */
function segmentWords(run: string): string {
  segmenter ??= typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('und', { granularity: 'word' }) : null;
  if (!segmenter) return run;
  return Array.from(segmenter.segment(run), (s) => s.segment).join(' ');
}

/** The text as the index is given it. */
export function forIndex(text: string): string {
  let out = text;
  if (ANY_CJK.test(out)) out = out.replace(BETWEEN, '$1$2 ');
  if (ANY_SEGMENTED.test(out)) out = out.replace(SEGMENTED_RUN, segmentWords).replace(SEGMENTED_BETWEEN, '$1$2 ');
  if (ANY_ELISION.test(out)) out = out.replace(ELISION, '$1 ');
  return out;
}

/** Indexed text (or an excerpt of it, with `<mark>` tags) as written, without the spaces `forIndex` put in. */
export function forReader(text: string): string {
  let out = text;
  if (ANY_CJK.test(out)) out = out.replace(CJK_SPACED, '$1$2');
  if (ANY_SEGMENTED.test(out)) out = out.replace(SEGMENTED_SPACED, '$1');
  if (/['’]/.test(out)) out = out.replace(ELISION_SPACED, '$1');
  return out;
}

/**
 * Endings that make another form of a short word (`model`, `models`; `run`, `running`; `make`,
 * `making`; `company`, `companies`). A short word is matched and marked only with these, so `too`
 * never finds `tool` nor `Sora` `sorry`; a longer one may go on by a few letters (`capacity`,
 * `capacities`; `electricity`, `electrons`).
 */
export const ENDINGS = ['s', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'est', 'ly', 'y'];
/** Fewer letters than this is a short word, in the sense of ENDINGS. */
export const SHORT = 5;

/** Whether `word` is `base` with one of ENDINGS (after a doubled last letter, a dropped `e`, or `y` as `i`). */
export function inflects(word: string, base: string): boolean {
  const stems = [base, base + base.slice(-1)];
  if (base.endsWith('e')) stems.push(base.slice(0, -1));
  if (base.endsWith('y')) stems.push(`${base.slice(0, -1)}i`);
  return stems.some((s) => word.length > s.length && word.startsWith(s) && ENDINGS.includes(word.slice(s.length)));
}

/** Characters of the scripts written without spaces between words, as a character class's contents. */
export const UNSPACED_CLASS = CJK + SEGMENTED;
const ANY_UNSPACED = new RegExp(`[${UNSPACED_CLASS}]`, 'u');

/** Whether a word holds a character of a script written without spaces (Chinese, Japanese, Thai...). */
export function hasUnspaced(text: string): boolean {
  return ANY_UNSPACED.test(text);
}
