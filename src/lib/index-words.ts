/**
 * How text becomes words for the search index, and back for the reader. The index has one
 * language for the whole site (src/search/integration.ts) and splits words at spaces, so:
 *
 * - Chinese and Japanese, written without spaces between words, get a space between every two
 *   Han or kana characters, and between such a character and a word in another script written
 *   against it (`的Rippling一样`): each character is a word of the index, a query is split the
 *   same way (src/client/search/ranking.ts), and a phrase is those characters side by side,
 *   which the ranking counts as a phrase. Korean is written with spaces and needs none of this. Thai, Lao,
 *   Khmer and Burmese are also written without spaces between words, but their letters are not
 *   words: they are not split here, so a query finds them only as whole space-separated runs.
 * - An elided article or pronoun (French `l’`, `d’`, `qu’`; Italian `dell’`, `un’`) is set apart
 *   from its word, so `l’hybridation` is found by `hybridation`.
 *
 * What the reader sees has those spaces taken out again (`forReader`). A space the writer put
 * between a Chinese character and a Latin word goes with them in a result's excerpt; the page
 * itself keeps its text.
 */
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff00-\\uffef';
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

/** The text as the index is given it. */
export function forIndex(text: string): string {
  let out = text;
  if (ANY_CJK.test(out)) out = out.replace(BETWEEN, '$1$2 ');
  if (ANY_ELISION.test(out)) out = out.replace(ELISION, '$1 ');
  return out;
}

/** Indexed text (or an excerpt of it, with `<mark>` tags) as written, without the spaces `forIndex` put in. */
export function forReader(text: string): string {
  let out = text;
  if (ANY_CJK.test(out)) out = out.replace(CJK_SPACED, '$1$2');
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

/** Chinese and Japanese characters, as a character class's contents. */
export const CJK_CLASS = CJK;

/** Whether a word holds a Chinese or Japanese character. */
export function hasCjk(text: string): boolean {
  return ANY_CJK.test(text);
}
