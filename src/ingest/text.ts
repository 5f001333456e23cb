/** Language-neutral text helpers: word segmentation and script detection. */

import { decodeNamedCharacterReference } from 'decode-named-character-reference';

const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** Scripts written without spaces between words: these need a real word segmenter. */
const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u;
const SPACED_WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
/** ASCII, no-break space and General Punctuation: no letters but ASCII ones, and none that NFKC changes. */
const ASCII = /^[\x00-\x7f\u00a0\u2000-\u206f]*$/;
/** SPACED_WORD for lower-case text of ASCII letters. */
const ASCII_WORD = /[a-z0-9]+(?:['’][a-z]+)*/g;

/** Runs of letters, apostrophes and hyphens (`o'brien`, `well-known`), as written: a name's or a word's spellings. */
export function letterRuns(s: string): string[] {
  // (Text of ASCII and typographic punctuation has no letters but ASCII ones: the ASCII pattern reads the same runs, faster.)
  return (ASCII.test(s) ? s.match(/[A-Za-z'’-]+/g) : s.match(/[\p{L}\p{M}'’-]+/gu)) ?? [];
}

/** Whether `text.split(/\s+/)` has `n` parts or fewer, the spaces counted only up to the n-th (a caption's limit on a whole transcript pasted as one line). */
export function partsAtMost(text: string, n: number): boolean {
  const space = /\s+/g;
  let parts = 1;
  while (parts <= n && space.exec(text)) parts++;
  return parts <= n;
}

/** Lower-cased word tokens of a string, in any script (Thai and CJK included). */
export function words(s: string): string[] {
  // ASCII with typographic punctuation (’ “ — …), the common case, has ASCII words only:
  // NFKC changes none of its letters.
  if (ASCII.test(s)) return s.toLowerCase().match(ASCII_WORD) ?? [];
  const text = s.normalize('NFKC');
  // Intl.Segmenter is exact but slow; a regex splits space-separated scripts the same way.
  if (!UNSPACED.test(text)) return (text.match(SPACED_WORD) ?? []).map((w) => w.toLowerCase());
  const out: string[] = [];
  for (const seg of segmenter.segment(text)) {
    if (seg.isWordLike) out.push(seg.segment.toLowerCase());
  }
  return out;
}

const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Thai', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Devanagari', 'Georgian', 'Armenian'] as const;
export type Script = (typeof SCRIPTS)[number] | 'Other';
const SCRIPT_RE = SCRIPTS.map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'u')] as const);

/** The script most of `s` is written in (its letters, a CJK character weighing as a few of them), or null if it has no letters. */
export function dominantScript(s: string): Script | null {
  if (/^[\x00-\x7f\u00a0-\u024f\u2000-\u206f]*$/.test(s)) return /[a-z]/i.test(s) ? 'Latin' : /\p{L}/u.test(s) ? 'Latin' : null;
  const counts = new Map<Script, number>();
  for (const ch of s.length > 20000 ? s.slice(0, 20000) : s) {
    if (!/\p{L}/u.test(ch)) continue;
    let script: Script = 'Other';
    for (const [name, re] of SCRIPT_RE) {
      if (re.test(ch)) {
        script = name;
        break;
      }
    }
    // Japanese mixes kana and Han; count them as one writing system.
    // (A character of Han writes about as much as three Latin letters, a kana or a Hangul syllable
    // two: a Chinese answer with English names and terms in it is a Chinese text.)
    const weight = script === 'Han' ? 3 : script === 'Hiragana' || script === 'Katakana' || script === 'Hangul' ? 2 : 1;
    if (script === 'Hiragana' || script === 'Katakana') script = 'Han';
    counts.set(script, (counts.get(script) ?? 0) + weight);
  }
  let best: Script | null = null;
  let n = 0;
  for (const [k, v] of counts) if (v > n) [best, n] = [k, v];
  return best;
}

/** Ends like a sentence or an utterance (in Latin, CJK, Thai, Arabic or Devanagari punctuation), inside any closing quotation mark (German `“`, Japanese `」`). */
export function endsLikeSentence(s: string): boolean {
  // (Read from the last characters: a pattern anchored at the end is tried at every position.)
  const t = s.trimEnd();
  const last = t.at(-1);
  if (last === undefined) return false;
  if (SENTENCE_END.has(last)) return true;
  return CLOSING.has(last) && STOPS.has(t.at(-2) ?? '');
}
/** Marks that end a sentence or an utterance. */
const SENTENCE_END = new Set([...'.!?…。！？؟।:;"”’»)）]-–—']);
/** Marks that end a sentence inside a closing quotation mark or bracket. */
const STOPS = new Set([...'.!?…。！？']);
const CLOSING = new Set([...'"”’“‘»«」』)）']);

/**
 * `s` without the given marks at its start (`left`) and its end (`right`): `**Why?**` -> `Why?`.
 * Read from each end, not by a pattern: one ending in `[*_]+$` tries each mark of a long run of them.
 */
export function trimMarks(s: string, marks: string, left = true, right = true): string {
  let a = 0;
  let b = s.length;
  if (left) while (a < b && marks.includes(s[a]!)) a++;
  if (right) while (b > a && marks.includes(s[b - 1]!)) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

export function stripMarkdownLinks(s: string): string {
  // (A link's text and address bounded: a run of `[` would each read to the end of the line.)
  return s.includes('](') ? s.replace(/!?\[([^\]]{0,1000})\]\([^)]{0,2000}\)/g, '$1').replace(/<https?:\/\/[^>]+>/g, ' ') : s.replace(/<https?:\/\/[^>]+>/g, ' ');
}

/** Bare URLs and domain names: the things link farms are made of. */
export const URL_RE = /\bhttps?:\/\/\S+|\bwww\.\S+|\b[a-z0-9-]+\.(?:com|net|org|info|biz|xyz|top|site|online|club|shop|vip|bet|casino|ru|tr|io|co|me|cc|pw|tk|link|live|pro|win|app)\b(?:\/\S*)?/i;

/** A line opening with a label in Markdown's bold, a time before it or not, in a list or a quote or not: `**Tom Becker:** ...`, `[00:00:01] **Tom Becker**: ...`, `- **Tom Becker:** ...`. */
const BOLD_LABEL_LINE = /^\s*(?:(?:[-*+]|\d{1,3}[.)])\s+|>\s*)?(?:[([]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[)\]]?\s+)?(?:\*\*|__)[^*_\n]{1,60}?(?:[:：]\*\*|\*\*[:：]|[:：]__|__[:：])\s*\S/;
/** A question set wholly in italics on its line, as a magazine sets its questions: `_Why is water the enemy?_`. */
const ITALIC_QUESTION_LINE = /^\s*([*_])(?![*_])[^*_\n]{2,}[?？]\1\s*$/;
/** A line wholly in Markdown's bold, as Q&A articles set their questions: `**Why bridges?**` (or a speaker's name with the time after it, `**Tom Becker** 00:00:01`). */
// (A separator before the time too, `**Tom Becker** · 00:05`, `**Tom Becker** - 00:05`.)
const BOLD_LINE = /^\s*\*\*[^*\n]{2,}\*\*(?:\s*(?:[·•|–—-]\s*)?[([]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[)\]]?)?\s*$/;
/** A Markdown link or image: `[text](https://...)`, `[](https://...)`. */
const MARKDOWN_LINK = /\]\((?:https?:\/\/|\/|#)[^)\s]*(?:\s+"[^"]*")?\)/;

/**
 * Whether the lines of a text file are Markdown's: labels in bold twice or more (`**Tom Becker:**
 * ...`, as editors and transcription tools export them), two lines or more wholly in bold (a Q&A's
 * questions, `**Why bridges?**`), two questions or more wholly in italics (`_Why bridges?_`), `# headings` with three links or more (a page a web clipper
 * saved), or Markdown's escapes on three lines or more (`\[05:46\]`, `\*`).
 */
export function writtenInMarkdown(lines: string[]): boolean {
  let labels = 0;
  let bold = 0;
  let italic = 0;
  let links = 0;
  let escapes = 0;
  let heading = false;
  for (const l of lines) {
    if (BOLD_LABEL_LINE.test(l) && ++labels >= 2) return true;
    if (BOLD_LINE.test(l) && ++bold >= 2) return true;
    if (ITALIC_QUESTION_LINE.test(l) && ++italic >= 2) return true;
    if (/\\[[\]*_#`]/.test(l) && ++escapes >= 3) return true;
    if (MARKDOWN_LINK.test(l)) links++;
    heading ||= /^#{1,6}\s+\S/.test(l);
  }
  return heading && links >= 3;
}

/** A page's character references as the characters they stand for (`&amp;`, `&lt;`, `&#8217;`; `&nbsp;` a space), `&amp;` last so that `&amp;lt;` stays `&lt;`. */
export function decodeEntities(html: string): string {
  return html
    .replace(/&nbsp;/g, ' ')
    .replace(/&#(\d{1,6});/g, (_, n: string) => String.fromCodePoint(Math.min(Number(n), 0x10ffff)))
    .replace(/&(lt|gt|quot|#39|apos);/g, (m) => ({ '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'" })[m]!)
    .replace(/&amp;/g, '&');
}

/** `s` as a regular expression matching it literally. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const CHARACTER_REFERENCE = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/**
 * HTML's character references in a plain text (`It&#8217;s`, `Q&amp;A`, `&quot;fine&quot;`), as
 * text taken from a page's source keeps them: the characters they stand for, as Markdown reads
 * them. What is no reference (`AT&T;`, a code point out of range) stays as written.
 */
export function decodeCharacterReferences(line: string): string {
  if (!line.includes('&')) return line;
  return line.replace(CHARACTER_REFERENCE, (whole, ref: string) => {
    if (ref[0] !== '#') return decodeNamedCharacterReference(ref) || whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** The answers every {@link memoized} reader remembers: one file's lines at a time. */
const remembered = new Set<Map<string, unknown>>();

/**
 * `read` remembering its answer for each text it was given, until {@link forgetRemembered} (at
 * most 20,000), the answer frozen: callers share it, so none may change it. For pure readers of a
 * line that the passes of cleaning and parsing ask about many times over (the label readers,
 * chromeMatch; bench/HISTORY.md, 2026-12-05).
 */
export function memoized<T extends object>(read: (text: string) => T | null): (text: string) => T | null {
  const seen = new Map<string, T | null>();
  remembered.add(seen);
  return (text) => {
    let answer = seen.get(text);
    if (answer === undefined) {
      answer = read(text);
      if (answer) Object.freeze(answer);
      if (seen.size >= 20_000) seen.clear();
      seen.set(text, answer);
    }
    return answer;
  };
}

/**
 * Forgets what the memoized readers remember, as each file is ingested: a file's lines are asked
 * about again and again within it, other files' hardly ever (the bench's generated files, which
 * share paragraphs, would gain what real archives do not).
 */
export function forgetRemembered(): void {
  for (const seen of remembered) seen.clear();
}

/** A folded name's words with the i-th left out, and how many there were (`2:becker`): the names a slip in that one word could be, as an index's key. */
export const slipKey = (words: string[], i: number) => `${words.length}:${words.filter((_, j) => j !== i).join(' ')}`;

/**
 * One word of a name written with a slip: the same words but one, and that one a word of four
 * letters or more one edit away (two for long words). `Senator R` is not `Senator M`.
 */
export function misspells(written: string, name: string): boolean {
  const a = written.split(' ');
  const b = name.split(' ');
  if (a.length !== b.length) return false;
  const differ = a.map((w, i) => [w, b[i]!] as const).filter(([x, y]) => x !== y);
  if (differ.length !== 1) return false;
  const [x, y] = differ[0]!;
  // (Two letters side by side swapped count as one slip: `Lopze` for Lopez, `Bekcer` for Becker.)
  return Math.min(x.length, y.length) >= 4 && (editDistance(x, y) <= (Math.min(x.length, y.length) >= 8 ? 2 : 1) || transposed(x, y));
}

/** The same letters but two side by side swapped: `mraia` and `maria`. */
export function transposed(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const at = [...a].findIndex((c, i) => c !== b[i]);
  return at !== -1 && at + 1 < a.length && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

/** Levenshtein distance: the edits that make one name the other. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
