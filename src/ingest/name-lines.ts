import { APPARATUS, ARCHIVAL_WORDS, caselessName, NAME_AFFILIATION, initialsOf, introducedBy, isPlaceholder, lineLabel, nameSpamTerms, NAME_WORDS, PAGE_WORDS, roleWord, seconds, speakerKeyTest, TITLE, vocative } from './labels.ts';
import { endsLikeSentence, escapeRe, words } from './text.ts';
import { capitaliseName, namesIn } from './speakers.ts';

/**
 * A meeting tool's export: each turn opens with the speaker's name alone on a line and the time
 * alone on the next, the words below them:
 *
 *   Maria Lopez
 *   00:00:01
 *   What was the hardest bridge you ever built?
 *
 * (or a blank line between the name, the time and the words, as a newsletter's page sets them).
 * The name's line becomes the label the parser reads (`Maria Lopez (00:00:01):`, alone above the
 * words) and the time's line a blank one (`apparatus`), so line numbers and accounting stay true.
 * It takes two such turns or more: one name above a time may be anything. So does a name alone
 * above words that open with their time, as a podcast's own page sets its transcript:
 *
 *   Maria Lopez
 *   (00:00:12) Thanks for having me.
 *
 * The name's line becomes a label alone (`Maria Lopez:`); each time stays where it is, the start
 * of its paragraph.
 */
export interface NameLines {
  lines: string[];
  /** 0-based lines that held the times. */
  apparatus: number[];
  speakers: string[];
}

const NAME = /^(?:\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.\-]*){1,3}|Speaker \d{1,2})$/u;
/** A name with its particles in small letters (`Florence d’Alché-Buc`, `Ana de la Cruz`). */
const PARTICLED = new RegExp(String.raw`^(?=\S+\s)${NAME_WORDS}$`, 'u');
/** Names as a label writes them, one to four capitalised words, particles between: `Becker`, `Tom Becker`, `Ana de la Cruz`. */
const NAME_ALONE = new RegExp(String.raw`^${NAME_WORDS}$`, 'u');
/** A full name one of whose words `regular` says stands for a speaker already: `Tom Becker` where `Becker` labels turns of its own. */
const regularsFull = (name: string, regular: (word: string) => boolean) => /\s/.test(name) && name.split(/\s+/).some(regular);
/** One word from a capital (`Shinobi`, `Anthropic`, `Senator`): a name above its time where it heads two turns or more. */
const ONE_WORD = /^\p{Lu}[\p{L}\p{M}'’\-]+$/u;
/** A time alone on its line, or the span of the turn (`00:00:01 - 00:00:05`, `00:00:01,200 --> 00:00:05,000`): its start. */
const TIME = /^[[(]?(\d{1,2}:\d{2}(?::\d{2})?)(?:[.,]\d{1,3})?[\])]?(?:\s*(?:-|–|—|-->|to)\s*[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?)?$/;
const TIMED_WORDS = /^[([]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[)\]]\s+\S/;

export function fromNameLines(source: string[]): NameLines | null {
  /** A name's line and its time's line. */
  const pairs: [number, number][] = [];
  /** A name alone above words that open with their time (`(00:00:12) Thanks for having me.`). */
  const above: number[] = [];
  /** The next non-blank line after `i`, past one blank line at most; -1 where there is none. */
  const next = (i: number) => (source[i + 1]?.trim() ? i + 1 : !source[i + 1]?.trim() && source[i + 2]?.trim() ? i + 2 : -1);
  // (The name set as a heading or in bold too, `### Speaker 0`, `**Maria Lopez**`.)
  const nameOf = (l: string) => {
    const t = l.trim();
    return t.length > 60 || !/^[#*_]/.test(t) ? t : t.replace(/^#{1,6}\s+/, '').replace(/^(\*\*|__)(.+)\1$/, '$2');
  };
  for (let i = 0; i + 2 < source.length; i++) {
    const name = bareName(nameOf(source[i]!));
    // (Never a tool's marker above its time, `**Break**` / `\[23:45\]`: no one's name.)
    const single = ONE_WORD.test(name) && !PAGE_WORDS.test(name) && !APPARATUS.test(name);
    if (name.length > 40 || !(NAME.test(name) || PARTICLED.test(name) || single)) continue;
    // (The time right below the name, or after a blank line; and the words so below the time.)
    const t = next(i);
    const w = t === -1 ? -1 : next(t);
    if (t !== -1 && TIME.test(source[t]!.trim()) && w !== -1 && !NAME.test(source[w]!.trim()) && !TIME.test(source[w]!.trim())) pairs.push([i, t]);
    else if (NAME.test(name) && TIMED_WORDS.test(source[i + 1]!.trim())) above.push(i);
  }
  // (One word above its time once is a video's chapter, `Intro` / `0:00`, not a speaker: a name of
  // one word heads two turns or more.)
  const heads = new Map<string, number>();
  for (const [i] of pairs) heads.set(bareName(nameOf(source[i]!)), (heads.get(bareName(nameOf(source[i]!))) ?? 0) + 1);
  for (let k = pairs.length - 1; k >= 0; k--) {
    const name = bareName(nameOf(source[pairs[k]![0]]!));
    if (!NAME.test(name) && !PARTICLED.test(name) && heads.get(name)! < 2) pairs.splice(k, 1);
  }
  if (pairs.length < 2 && above.length < 2) return lowerCaseNames(source);
  // (Where names stand alone above words without a time too, `Maria Lopez` / `Yes.`, as the same
  // page sets the turns after its first, names alone above the words read them all.)
  if (pairs.length < 2) {
    const all = fromNamesAbove(source);
    if (all) return all;
  }
  const lines = [...source];
  const speakers = new Set<string>();
  if (pairs.length >= 2)
    for (const [i, t] of pairs) {
      const name = nameOf(source[i]!);
      speakers.add(bareName(name));
      lines[i] = `${name} (${TIME.exec(source[t]!.trim())![1]}):`;
      lines[t] = '';
    }
  else
    for (const i of above) {
      const name = nameOf(source[i]!);
      speakers.add(name);
      lines[i] = `${name}:`;
    }
  return { lines, apparatus: pairs.length >= 2 ? pairs.map(([, t]) => t) : [], speakers: [...speakers] };
}

/**
 * The name without the note a meeting tool prints after a display name in parentheses: pronouns, the
 * company, a role (`Tom Becker (he/him)`, `Tom Becker (Rhine Works)`, `Tom Becker (Host)`). The label
 * made of the line keeps the note, which the label's reading takes for what it is (a role stated).
 */
const bareName = (line: string): string => line.replace(/\s+\([^()\d:]{1,40}\)$/u, '');

/** A name and its time before the words on one line, perhaps in bold, the time perhaps linked to its moment, perhaps between middle dots or bars: `Jeff Doolittle 00:00:16 Welcome to...`, `Tom Becker · 00:00:05 · Welcome...`, `**Tom Becker 00:01:10** And steel?`, `**Tom Becker** [00:01:10](https://...) And steel?`, a dash after the time, `Tom Becker (00:00:16) - Welcome...`, no word of the turn. */
const NAME_TIME_WORDS = /^(?:\*\*|__)?(\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:(?:de|van|von|der|den|du|da|di|del|la|le)\s+)?(?:[dl]['’])?\p{Lu}[\p{L}\p{M}'’.\-]*){0,3}|Speaker \d{1,2})(?:\*\*|__)?\s+(?:[·•|]\s+)?(?:\*\*|__)?(?:\[(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)\]|\((\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)\)|(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)|\[[[(]?(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)[\])]?\]\((?:https?:\/\/|\/|#)[^)\s]*\))(?:\*\*|__)?\s+(?:[-–—·•|]\s+(?!\d{1,2}:\d{2}))?(?!-->|[-–—]\s*\d{1,2}:\d{2}|[AaPp]\.?[Mm]\b)(?=\S)/u;

/**
 * A tool's export that writes each turn as fields, the speaker's name after a field's word on its
 * own line, the time perhaps on the line below or above it, the words under them (after a field's
 * word of their own too, `Text:`):
 *
 *   Speaker: Maria Lopez
 *   Time: 00:00:12
 *   Mostly water.
 *
 * The name's line becomes the label alone (`Maria Lopez (00:00:12):`), the time's a blank line
 * (`apparatus`). Only where three such lines or more name two people or more, each with words
 * under it: a header's `Speaker: Maria Lopez` once names a talk's speaker (see headerLine).
 */
export function fromSpeakerFields(source: string[]): NameLines | null {
  const heads: [number, string][] = [];
  for (let i = 0; i < source.length; i++) {
    const m = source[i]!.length <= 120 ? SPEAKER_FIELD.exec(source[i]!) : null;
    const name = m?.[1]!.trim();
    if (name && (NAME_ALONE.test(name) || /^(?:Speaker|SPEAKER)[ _]?\d{1,2}$/.test(name) || /^[\p{Lo}·・ー]{2,12}$/u.test(name)) && !APPARATUS.test(name)) heads.push([i, name]);
  }
  if (heads.length < 3 || new Set(heads.map(([, n]) => n)).size < 2) return null;
  const lines = [...source];
  const apparatus: number[] = [];
  const edits: [number, string][] = [];
  for (const [i, name] of heads) {
    let time: string | null = null;
    let j = i + 1;
    const below = TIME_FIELD.exec(source[j] ?? '');
    const above = i > 0 ? TIME_FIELD.exec(source[i - 1]!) : null;
    if (below) {
      time = below[1]!;
      apparatus.push(j);
      j++;
    } else if (above) {
      time = above[1]!;
      apparatus.push(i - 1);
    }
    if (!source[j]?.trim() && source[j + 1]?.trim()) j++;
    // (Each with words under it, no other field: else it is a list of who speaks.)
    const words = source[j]?.trim() ?? '';
    if (!words || SPEAKER_FIELD.test(words) || TIME_FIELD.test(words) || LISTING_FIELD.test(words)) return null;
    edits.push([i, `${name}${time ? ` (${time})` : ''}:`]);
    const text = TEXT_FIELD.exec(source[j]!);
    if (text) edits.push([j, source[j]!.slice(text[0].length)]);
  }
  for (const [i, l] of edits) lines[i] = l;
  for (const i of apparatus) lines[i] = '';
  return { lines, apparatus, speakers: [...new Set(heads.map(([, n]) => n))] };
}
/** A field naming who speaks: `Speaker: Maria Lopez`, `**Sprecher:** Tom Becker`, `说话人：李娜`. */
const SPEAKER_FIELD = /^\s*(?:\*\*|__)?(?:speaker|speaker name|sprecher|sprecherin|intervenant|intervenante|orador|oradora|hablante|relatore|relatrice|spreker|talare|mówca|konuşmacı|спикер|говорящий|发言人|說話人|说话人|話者|화자)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?([^*_:：\n]{1,60}?)(?:\*\*|__)?\s*$/iu;
/** A field giving a turn's time, or its span: `Time: 00:00:12`, `Timestamp: 00:00:12 - 00:00:19`. */
const TIME_FIELD = /^\s*(?:\*\*|__)?(?:time|timestamp|start|start time|zeit|heure|tiempo|hora|tempo|tijd|时间|時間|시간)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?[[(]?(\d{1,2}:\d{2}(?::\d{2})?)(?:[.,]\d{1,3})?[\])]?(?:\s*(?:-|–|—|-->|to)\s*[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?)?(?:\*\*|__)?\s*$/iu;
/** A programme's field under a speaker's, `Title: Why bridges fail`, `Room: B`: a list of talks, no turns. */
const LISTING_FIELD = /^\s*(?:\*\*|__)?(?:title|topic|talk|session|room|track|bio|affiliation|company|role|date|location|abstract|thema|titel|titre|título|titolo)(?:\*\*|__)?\s*[:：]/iu;
/** A field's word before a turn's words: `Text: Mostly water.` */
const TEXT_FIELD = /^\s*(?:\*\*|__)?(?:text|content|transcript|words|texte|texto|testo|inhalt)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?(?=\S)/iu;

/**
 * Turns opened by the speaker's initials with their full stops, no colon (`T.B. Why bridges?`,
 * `**M.L.** My father built them.`), as some printed interviews set them: each becomes a label
 * (`T.B.: Why bridges?`). Only where they shape the whole file: two sets of initials or more, each
 * twice or more, a sixth of its lines, the speaker changing from one to the next (`U.S. policy...`
 * opening a paragraph now and then is no one).
 */
export function fromInitialsDots(source: string[]): NameLines | null {
  const at = new Map<number, string>();
  const count = new Map<string, number>();
  for (let i = 0; i < source.length; i++) {
    if (i > 0 && source[i - 1]!.trim() !== '') continue;
    const m = INITIALS_DOTS.exec(source[i]!);
    if (!m) continue;
    at.set(i, m[2]!);
    count.set(m[2]!, (count.get(m[2]!) ?? 0) + 1);
  }
  if ([...count.values()].filter((n) => n >= 2).length < 2) return null;
  const heads = [...at.keys()].filter((i) => count.get(at.get(i)!)! >= 2);
  if (!shapesTheFile(source, heads, (i) => at.get(i)!, false)) return null;
  // (Not where turns open with labels of their own too: there such initials open words.)
  if (source.filter((l) => lineLabel(l) != null).length * 4 > heads.length) return null;
  const lines = [...source];
  for (const i of heads) lines[i] = source[i]!.replace(INITIALS_DOTS, (_all, open: string, key: string, close: string | undefined) => `${open}${key}:${close ?? ''} `);
  return { lines, apparatus: [], speakers: [] };
}
/** Initials with their full stops opening a line, in bold too, then the words: `T.B. Why...`, `**M.L.** My...`. */
const INITIALS_DOTS = /^(\s*(?:\*\*|__)?)((?:\p{Lu}\.\s?){1,2}\p{Lu}\.)(\*\*|__)?\s+(?=\S)/u;

/**
 * A page's source that sets each speaker's name in bold and breaks the line before the words
 * (`<p><strong>Maria Lopez</strong><br>Mostly water.</p>`, the words on the next line too): the name
 * becomes the turn's label (`<p><strong>Maria Lopez:</strong> Mostly water.</p>`, or `Maria
 * Lopez:` alone above the words, their paragraph's closing tag gone). Only where three such lines
 * or more name two people or more.
 */
export function fromHtmlNameBreaks(source: string[]): NameLines | null {
  const found: [number, RegExpExecArray][] = [];
  for (let i = 0; i < source.length; i++) {
    if (!source[i]!.includes('<br')) continue;
    const m = HTML_NAME_BREAK.exec(source[i]!);
    if (m && !/[.!?]$/.test(m[3]!)) found.push([i, m]);
  }
  if (found.length < 3 || new Set(found.map(([, m]) => m[3])).size < 2) return null;
  const lines = [...source];
  for (const [i, m] of found) {
    const [, open, , name, rest] = m;
    if (rest!.trim()) {
      lines[i] = `${open}<strong>${name}:</strong> ${rest}`;
      continue;
    }
    // (The words on the lines below, up to the paragraph's end: plain words under the label alone.)
    lines[i] = `${name}:`;
    for (let j = i + 1; j < source.length && source[j]!.trim() && !/^\s*<p[\s>]/i.test(source[j]!); j++) {
      if (!/<\/p>\s*$/i.test(source[j]!)) continue;
      lines[j] = source[j]!.replace(/\s*<\/p>\s*$/i, '');
      break;
    }
  }
  return { lines, apparatus: [], speakers: [...new Set(found.map(([, m]) => m[3]!))] };
}
const HTML_NAME_BREAK = new RegExp(String.raw`^(\s*(?:<p(?:\s[^<>]*)?>)?\s*)<(strong|b)>\s*(${NAME_WORDS})\s*[:：]?\s*<\/\2>\s*[:：]?\s*<br\s*\/?>\s*(.*)$`, 'iu');

/**
 * Turns that close with their time (`Maria Lopez: Mostly water. [00:00:07]`, `(00:00:07)` too),
 * as some tools stamp each turn after its words: the time goes before the label
 * (`[00:00:07] Maria Lopez: Mostly water.`), as the turn's time, out of its words. Only where most
 * labelled lines close so (three or more, two in three), their times never going back.
 */
export function fromTimesAfter(source: string[]): NameLines | null {
  // (Most files close no line so: their lines' labels are never read here.)
  const closing = (l: string) => {
    const t = l.trimEnd();
    return (t.endsWith(']') || t.endsWith(')')) && timeAfter(t) != null;
  };
  if (source.filter(closing).length < 3) return null;
  const labelled: number[] = [];
  const stamped: [number, string, number][] = [];
  for (let i = 0; i < source.length; i++) {
    if (!source[i]!.includes(':') && !source[i]!.includes('：')) continue;
    const label = lineLabel(source[i]!);
    // (Not a name and its time alone above the words, `[Tom Becker] (00:05)`: a label alone, its time read with it.)
    if (!label || label.only || (label.stamped === true && !label.rest?.trim())) continue;
    labelled.push(i);
    const m = closing(source[i]!) ? timeAfter(source[i]!) : null;
    if (m) stamped.push([i, m, seconds(m) ?? -1]);
  }
  if (stamped.length < 3 || stamped.length * 3 < labelled.length * 2) return null;
  if (stamped.some(([, , t], k) => t < 0 || (k > 0 && t < stamped[k - 1]![2]))) return null;
  const lines = [...source];
  // (An answer's later paragraph closing so too, `And in winter it freezes. [00:00:15]`, its time
  // between the turns' around it: the time opens it, the same speaker going on, out of its words.)
  const goesOn: [number, string][] = [];
  for (let k = 1; k <= stamped.length; k++) {
    const [from, , after] = stamped[k - 1]!;
    const [to, , before] = stamped[k] ?? [source.length, '', Infinity];
    for (let i = from + 1; i < to; i++) {
      const m = closing(source[i]!) && !labelled.includes(i) ? timeAfter(source[i]!) : null;
      if (m && seconds(m) >= after && seconds(m) <= before) goesOn.push([i, m]);
    }
  }
  for (const [i, clock] of [...stamped, ...goesOn]) {
    const line = source[i]!;
    const indent = /^\s*/.exec(line)![0];
    lines[i] = `${indent}[${clock}] ${line.slice(indent.length).replace(TIME_AFTER, '')}`;
  }
  return { lines, apparatus: [], speakers: [] };
}
/** A time closing a line, in brackets or parentheses: `... [00:00:07]`, `... (1:02:03)`; or as a link to the moment, `... [[00:00:07]](https://youtu.be/...?t=7)` (group 2). */
const TIME_AFTER = /\s+(?:[[(](\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)[\])]|\[[[(]?(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)[\])]?\]\([^()\s]{1,300}\))\s*$/;
/** The time a line closes with (TIME_AFTER), read from its last characters, or null. */
const timeAfter = (line: string): string | null => {
  const m = TIME_AFTER.exec(line.trimEnd().slice(-360));
  return m ? (m[1] ?? m[2])! : null;
};

/**
 * A podcast's transcript that opens each turn with the speaker's name and the time, no colon,
 * the words after them on the same line (`Jeff Doolittle 00:00:16 Welcome to Software
 * Engineering Radio.`): each such line becomes a timed label and its words (`Jeff Doolittle
 * (00:00:16): Welcome...`). Only where such lines shape the whole file: two names or more, each
 * twice or more, a sixth of its lines, the speaker changing from one to the next. (A sentence
 * saying `Maria Lopez 10:30:15 is when it cracked` once is words.)
 */
export function fromNameTimes(source: string[]): NameLines | null {
  const at = new Map<number, RegExpExecArray>();
  const count = new Map<string, number>();
  source.forEach((l, i) => {
    if (!/\d:\d\d/.test(l.slice(0, 80))) return;
    const m = NAME_TIME_WORDS.exec(l.trim());
    if (!m) return;
    at.set(i, m);
    count.set(m[1]!, (count.get(m[1]!) ?? 0) + 1);
  });
  const names = [...count].filter(([, n]) => n >= 2);
  if (names.length < 1) return null;
  const time = (i: number) => seconds(at.get(i)![2] ?? at.get(i)![3] ?? at.get(i)![4] ?? at.get(i)![5]!);
  let heads = [...at.keys()].filter((i) => (count.get(at.get(i)![1]!) ?? 0) >= 2);
  if (names.length < 2) {
    // (One name twice or more, the others once each, `Paul Kim 00:00:25 Corrosion...`, as a panel's
    // export has its moderator and panelists who speak once: three names or more, each opening a
    // paragraph, the times never going back.)
    const all = [...at.keys()].filter((i) => i === 0 || source[i - 1]!.trim() === '');
    if (all.length < 3 || new Set(all.map((i) => at.get(i)![1]!)).size < 3 || all.some((i, k) => k > 0 && time(i) < time(all[k - 1]!))) return null;
    heads = all;
  }
  if (!shapesTheFile(source, heads, (i) => at.get(i)![1]!, false)) return null;
  // (A name seen once, `Senator Black 00:12:40 Thank you...`, opening a paragraph, is a turn too where
  // its time falls between the times of the turns around it: a sentence's `10:30:15` would not.)
  const once: number[] = [];
  const headed = new Set(heads);
  let k = 0;
  for (const i of at.keys()) {
    if (headed.has(i)) continue;
    while (k < heads.length && heads[k]! < i) k++;
    if ((count.get(at.get(i)![1]!) ?? 0) !== 1 || (i > 0 && source[i - 1]!.trim() !== '') || k === 0 || k === heads.length) continue;
    if (time(heads[k - 1]!) <= time(i) && time(i) <= time(heads[k]!)) once.push(i);
  }
  if (once.length) {
    heads.push(...once);
    heads.sort((a, b) => a - b);
  }
  // (A time off the timeline, `Maria Lopez 10:30:15 is when it cracked` between `00:01:55` and
  // `00:02:30`, is a sentence's: words.)
  const timed = heads.filter((i, n) => n === 0 || n === heads.length - 1 || time(heads[n - 1]!) > time(heads[n + 1]!) || (time(heads[n - 1]!) <= time(i) && time(i) <= time(heads[n + 1]!)));
  const lines = [...source];
  for (const i of timed) {
    const m = at.get(i)!;
    lines[i] = `${m[1]} (${m[2] ?? m[3] ?? m[4] ?? m[5]}): ${source[i]!.trim().slice(m[0].length)}`;
  }
  return { lines, apparatus: [], speakers: names.map(([n]) => n) };
}

/** A recording played, alone on its line, perhaps with whose voice it is: `archived recording (jane doe)`. */
const ARCHIVAL_LINE = new RegExp(String.raw`^(${ARCHIVAL_WORDS})(?: \(([^()]{2,60})\))?$`, 'iu');

/**
 * A recording the podcast plays, alone above its words, perhaps with whose voice it is
 * (`archived recording (jane doe)`), becomes its label (`Archived recording (Jane Doe):`): a voice
 * of its own, on neither side, never the words of whoever spoke before it.
 */
function markArchival(source: string[], lines: string[], written: (lower: string) => string): void {
  for (let i = 0; i + 1 < source.length; i++) {
    const m = ARCHIVAL_LINE.exec(source[i]!.trim());
    if (!m || (i > 0 && source[i - 1]!.trim() !== '')) continue;
    const who = m[2] && /^[\p{Ll} .'’-]+$/u.test(m[2]) ? written(m[2]) : m[2];
    lines[i] = `${m[1]![0]!.toUpperCase()}${m[1]!.slice(1).toLowerCase()}${who ? ` (${who})` : ''}:`;
  }
}

/** A full name in small letters alone on its line (`kevin roose`): two or three words of letters. */
const LOWER_NAME = /^\p{Ll}{2,}(?:[ '’-]\p{Ll}{2,}){1,2}$/u;
/** The same name and a colon before the words: `kevin roose: So...` (one word too, `audience:`, `senator m:`, checked below). */
const LOWER_LABEL = /^(\p{Ll}{2,}(?:[ '’-]\p{Ll}+){0,2})\s*[:：]\s+(\S.*)$/u;

/**
 * A newspaper's transcript whose speakers' names are set in small capitals, copied as small
 * letters (`kevin roose` alone above the words, or before a colon and the words, `kevin roose:
 * So...`): each name alone between a blank line and the words becomes a label alone (`Kevin
 * Roose:`), written as the text writes the name with capitals, or capitalised. It takes two such
 * names, each above words twice or more.
 */
function lowerCaseNames(source: string[]): NameLines | null {
  const at = new Map<string, number[]>();
  // (One word before a colon, `audience:`, `shinobi:`, is a label as a role's word or an office,
  // or as a word the text writes nowhere else: `note:` is a writer's word.)
  let prose: Map<string, number> | undefined;
  const alone = new Map<string, boolean>();
  const lowerWordAlone = (w: string) => {
    if (roleWord(w) != null || OFFICE_ALONE.test(w)) return true;
    let is = alone.get(w);
    if (is === undefined) {
      if (!prose) {
        prose = new Map();
        // (Words as written, in small letters, links and handles aside: "Shinobi" and `@shinobi` are his name.)
        for (const l of source) for (const x of l.replace(/https?:\/\/\S+|www\.\S+|[@#]\S+|\S+\.(?:com|org|net|io)\b/g, ' ').match(/\p{L}+/gu) ?? []) prose.set(x, (prose.get(x) ?? 0) + 1);
      }
      const opening = source.filter((l) => l.trimStart().startsWith(`${w}:`) || l.trimStart().startsWith(`${w}：`)).length;
      alone.set(w, (is = (prose.get(w) ?? 0) <= opening));
    }
    return is;
  };
  /** Lines that open with the name and a colon, the words after it (`kevin roose: So...`): the words. */
  const inline = new Map<number, string>();
  for (let i = 0; i + 1 < source.length; i++) {
    const t = source[i]!.trim();
    const label = i === 0 || source[i - 1]!.trim() === '' ? LOWER_LABEL.exec(t) : null;
    if (label && (/\s/.test(label[1]!) || lowerWordAlone(label[1]!))) {
      inline.set(i, label[2]!);
      at.set(label[1]!, [...(at.get(label[1]!) ?? []), i]);
      continue;
    }
    if (t.length > 40 || !LOWER_NAME.test(t) || (i > 0 && source[i - 1]!.trim() !== '')) continue;
    let j = i + 1;
    while (j < source.length && source[j]!.trim() === '') j++;
    if (j >= source.length || LOWER_NAME.test(source[j]!.trim())) continue;
    const list = at.get(t) ?? [];
    list.push(i);
    at.set(t, list);
  }
  const names = [...at].filter(([, is]) => is.length >= 2);
  if (names.length < 2 || names.length > 10) return null;
  const heads = names.flatMap(([, is]) => is).sort((a, b) => a - b);
  const nameAt = (i: number) => (inline.has(i) ? LOWER_LABEL.exec(source[i]!.trim())![1]! : source[i]!.trim());
  // (Words on the name's line end their sentences, as those below a name alone do.)
  const own = heads.filter((i) => inline.has(i));
  if (!shapesTheFile(source, heads, nameAt, own.length === 0) || own.filter((i) => endsLikeSentence(inline.get(i)!.replace(/[*_]+$/, ''))).length < 0.8 * own.length) return null;
  const text = source.join('\n');
  const lines = [...source];
  /** A name in small letters as the words write it with capitals, if they do (`Kevin Roose`, `Casey McNewton`), else capitalised. */
  const written = (lower: string) =>
    // (The name holds only letters, spaces, apostrophes and hyphens: nothing to escape.)
    [...text.matchAll(new RegExp(`(?<![\\p{L}])${lower.replace(/ /g, '\\s+')}(?![\\p{L}])`, 'giu'))].map((m) => m[0].replace(/\s+/g, ' ')).find((w) => /^\p{Lu}\p{Ll}/u.test(w)) ?? capitaliseName(lower);
  // (A handle, one word before a colon, `shinobi:`, stays as written, as the front matter may list it.)
  const handles = names.filter(([lower, is]) => !/\s/.test(lower) && is.every((i) => inline.has(i))).map(([lower]) => lower);
  // (A role's word before a colon labels its line even once, `audience: What about steel?`.)
  const roles = [...at].filter(([lower, is]) => is.length === 1 && inline.has(is[0]!) && roleWord(lower) != null);
  for (const [lower, is] of [...names, ...roles]) {
    const name = handles.includes(lower) ? lower : written(lower);
    for (const i of is) lines[i] = inline.has(i) ? `${name}: ${inline.get(i)}` : `${name}:`;
  }
  markArchival(source, lines, written);
  // (Read as labels like any others, spam checks and all: small letters are no proof of a name; but
  // for handles, which the words around them may name otherwise.)
  return { lines, apparatus: [], speakers: handles };
}

/**
 * A name alone on its line above the words, plain (its particles in small letters too, `Florence
 * d’Alché-Buc`, `Ana de la Cruz`), or with the speaker's role after a double dash
 * (`**Maria Lopez** -- *Chief Executive Officer*`), as earnings-call and some press transcripts set
 * their turns, or where a member sits for and the party after it, as Hansard does (`Tom Becker (Bonn
 * East) (Con)`); one word only as a role word (`Operator`, `Moderator`). (Not two words ending a
 * sentence, "The Treasury.")
 */
/** A link alone on its line, perhaps as a list's item: a page's navigation or footer. */
const LINK_ALONE = /^\s*(?:[-*+]\s+)?\[[^\]]*\]\([^)\s]*\)\s*$/;
/** One word, a first name as written (`Stephanie`, `Pieter`): a capital, then small letters. */
const FIRST_NAME = /^\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]+$/u;
/** An office alone, as a record labels a member it does not name (`Senator`, `Chairman`): a role, not a first name. */
const OFFICE_ALONE = /^(?:senator|representative|congressman|congresswoman|chairman|chairwoman|chair|president|minister|judge|justice|commissioner|councillor|councilor)$/i;
/** After a name in bold, where the speaker works, from a capital (`**Paul Kim** at Spanwise`, `**Ana Silva** of the City of Porto`): the bold says where the name ends. */
// (In other languages too: `**Maria Lopez** von Rhine Works`, `bei`, `de`, `di`, `da`, `van`.)
const AT_WORDS = String.raw`(?:at|from|of|von|bei|aus|de|di|da|van|chez)`;
const BOLD_NAME_AT = String.raw`(?:\s+${AT_WORDS}\s+(?:the\s+)?[\p{Lu}\p{N}][^.!?:：;#*_\n]{0,60}?)`;
/** A line in bold that closes on the name: nothing after it, a role after a dash, an affiliation after a comma or "at". */
const BOLD_NAME_CLOSED = new RegExp(String.raw`\*\*$|\*\*\s+(?:--|—|–)\s|\*\*,\s|\*\*\s+${AT_WORDS}\s`, 'u');
const BOLD_NAME_AT_ALONE = new RegExp(String.raw`^${BOLD_NAME_AT}\s*$`, 'u');
const NAME_ABOVE = new RegExp(String.raw`^(?:\*\*)?(${NAME_WORDS})(?<!\p{Ll}{3}\.)(?:\s*\(\p{Lu}[\p{L}\p{N} .,'’&/-]{0,40}\)){0,2}(?:${NAME_AFFILIATION}?(?:\*\*)?|(?:\*\*)(?:${NAME_AFFILIATION}|${BOLD_NAME_AT}))(?:\s+(?:--|—|–)\s+\*?[^*]{1,80}?\*?)?$`, 'u');
/** A name in Chinese, Japanese or Korean alone on its line, in bold perhaps: a foreign name with its middle dot (`汤姆·贝克尔`, `トム・ベッカー`), two to four Han characters (`张伟`), a Korean name (`김민수`, `마리아 로페스`). */
// (A foreign surname in katakana alone too, `ロペス`, as a Japanese interview sets the one it talks with.)
const CJK_NAME_ABOVE = /^(?:\*\*)?([\p{Script=Han}\p{Script=Katakana}ー]{1,8}[·・][\p{Script=Han}\p{Script=Katakana}ー]{1,8}|\p{Script=Han}{2,4}|\p{Script=Katakana}[\p{Script=Katakana}ー]{1,7}|\p{Script=Hangul}{2,4}|\p{Script=Hangul}{1,4} \p{Script=Hangul}{1,5})(?:\*\*)?$/u;
/** A line heading a profile of the one interviewed: `ロペスさんプロフィール`, `Profile`, `略歴`, `简介`, `프로필`. */
const PROFILE_HEADING = /(?:プロフィール|略歴|简介|簡介|프로필|(?<![\p{L}])(?:profile|profil|perfil|profilo)(?![\p{L}]))\s*[:：]?$/iu;
/** A double dash alone on its line above the interviewer's words, the one who answers named above hers, as a Japanese interview sets them (`──` / the question, `田中` / the answer). */
const ASKER_DASH = /^(?:──|――|——)$/u;
/** An office and its holder in parentheses alone on the line, as Hansard prints ministers: `The Secretary of State for Transport (Maria Lopez)`. */
const OFFICE_ABOVE = /^(?:\*\*)?((?:The\s+)?\p{Lu}[\p{L} ,'’-]{2,90}?)\s*\((\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.\-]*){1,3})\)(?:\*\*)?$/u;
/** A plain line naming a part of a call: a heading there (`Question-and-Answer Session`, `Company Participants`). */
const PARTICIPANTS = /^(?:(?:company|corporate|conference call|call) )?participants:?$/i;
/** One word naming a part of a talk or a page, not a person: `INTRODUCTION`, `EPILOGUE`. */
const PART_WORD = /^(?:introduction|intro|conclusion|outro|prologue|epilogue|preface|foreword|afterword|background|overview|summary|intermission|interlude|break|opening|closing|questions|answers|transcript|notes|credits|update|correction|postscript|appendix|biography|bio|about|contents|advertisement|sponsor|sponsors|end|fin|ende|einleitung|einführung|schluss|introducción|conclusión|conclusione|introduzione|inleiding|slot)$/i;
/** A line naming a part: `Part Two: The code`, `Session II`, `Act One: The Cable`, `Parte 2`. */
export const PART_LINE = /^(?:part|parte|partie|teil|deel|act|acte|akt|atto|acto|chapter|chapitre|kapitel|cap[ií]tulo|capitolo|section|secci[oó]n|abschnitt|session|sesi[oó]n|séance|sitzung|round|runde|day|tag|d[ií]a|jour)\s+(?:\d{1,3}|[IVX]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|uno|dos|tres|cuatro|un|deux|trois|quatre|eins|zwei|drei|vier|primera|segunda|tercera|première|deuxième|troisième)(?:\s*[:：—–-]\s*\p{L}.{0,80})?$/iu;
/** A line naming a part, a word alone (`Prologue`, `Introduction`) or with its number (`Act One: The Cable`). */
const partLine = (t: string) => PART_WORD.test(t.replace(/[.:]$/, '')) || PART_LINE.test(t);
export const CALL_PART = /^(?:question-and-answer session|questions? (?:and|&) answers?:?|prepared remarks:?|presentation:?|(?:company|corporate|conference call|call) participants:?|executives:?|analysts:?)$/i;

/**
 * Names alone on their lines above the words, throughout a file (NAME_ABOVE): each such line
 * becomes a label alone (`Maria Lopez:`), and a plain line naming a part of a call a heading. It
 * takes the shape of the whole file, as for names in small letters: two names or more, each above
 * words twice or more, heading a sixth of the file's lines or more, a sentence below most of them,
 * the speaker changing from one to the next; and no line that opens with a label of its own.
 */
export function fromNamesAbove(source: string[]): NameLines | null {
  const at = new Map<string, number[]>();
  /** A side's role word alone, bold marks aside (`Interviewer`, `主持人`, `**Guest**`). */
  const sideWord = (t: string) => {
    const r = roleWord(t.replace(/^\*\*|\*\*$/g, ''));
    return r === 'interviewer' || r === 'guest';
  };
  const nameAbove = (t: string) => {
    if (t.length > 120 || t.startsWith('**') !== BOLD_NAME_CLOSED.test(t)) return null;
    if (CALL_PART.test(t)) return null;
    const m = NAME_ABOVE.exec(t);
    // (What follows a double dash is a role, `*Chief Executive Officer*`: a few words, no sentence;
    // `Natalie Pistunovich — Hi, Joe. You wrote this.` is a turn's line, its words hers.)
    const role = m ? /\s(?:--|—|–)\s+(.*)$/u.exec(t.replace(/\*\*/g, '')) : null;
    if (role && (/[.?!…:;]\*?$/u.test(role[1]!) || role[1]!.split(/\s+/).length > 8 || !/^[*_]?\p{Lu}/u.test(role[1]!))) return null;
    if (!m) {
      // (A tool's numbered placeholder, `SPEAKER 1`, `Speaker A`, as a transcription service sets it above the words.)
      const bare = t.replace(/^\*\*|\*\*$/g, '');
      if (isPlaceholder(bare)) return bare;
      // (In a script without capitals, a name as those scripts write one: the file's shape decides, below.)
      if (ASKER_DASH.test(t)) return 'Interviewer';
      const cjk = CJK_NAME_ABOVE.exec(t);
      if (cjk && !roleWord(cjk[1]!)) return cjk[1]!;
      // (Or a role's word so, `主持人`, `嘉宾`, `진행자`, `聞き手` with its kana: the one who asks or answers.)
      if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]{2,6}$/u.test(bare) && sideWord(bare)) return bare;
      // (Or a full name in another script without capitals, Arabic's or Hebrew's, two or three words: `توم بيكر`, `מריה לופז`.)
      if (caselessName(t) && !roleWord(t)) return t;
      const office = OFFICE_ABOVE.exec(t);
      return office && !roleWord(office[1]!) ? office[2]! : null;
    }
    const name = m[1]!;
    // (One word as a role word or in capitals, as a magazine sets its interviews: `INTERVIEWER`
    // above the questions, `LOPEZ` above the answers; or a first name, `Stephanie`, checked below.)
    // (A first name alone on its line, with nothing after it: `Stephanie — ¿Y qué...?` is her turn's line.)
    return /\s/.test(name) || roleWord(name) || OFFICE_ALONE.test(name) || /^\p{Lu}[\p{Lu}\p{M}'’\-]+$/u.test(name) || (FIRST_NAME.test(name) && t.replace(/\*\*/g, '') === name) ? name : null;
  };
  // (Counted from the first name alone: an intro above it may keep its blank lines, and so may a
  // part's heading, `## The early years`, between the turns.)
  const firstAlone = source.findIndex((l) => l.trim() !== '' && nameAbove(l.trim()) != null);
  const last = source.findLastIndex((l) => l.trim() !== '');
  let filled = 0;
  let blanks = 0;
  for (let i = Math.max(firstAlone, 0); firstAlone !== -1 && i < last; i++) {
    if (source[i]!.trim() !== '') filled++;
    else if (!/^#{1,6}\s/.test(source[i - 1] ?? '') && !/^#{1,6}\s/.test(source[i + 1] ?? '')) blanks++;
  }
  const noBlanks = filled >= 8 && blanks <= Math.max(2, 0.05 * filled);
  // (A file marking the interviewer's turns with a double dash alone, twice or more, sets its turns
  // one under another, no blank line between, a turn's last line perhaps with no stop: there each
  // mark, and each name in a script without capitals, heads the words under it wherever it stands.)
  const dashMarked = source.filter((l) => ASKER_DASH.test(l.trim())).length >= 2;
  /** A name above another name's line: the second may be the first one's words (`Maria Lopez` / `Emily Warren Roebling` / `She finished...`). */
  const stacked: [number, string, string][] = [];
  /** Under a call's list of those on it (`Call participants:`), names with what they do head no turn. */
  let listed = false;
  for (let i = 0; i + 1 < source.length; i++) {
    const t = source[i]!.trim();
    if (PARTICIPANTS.test(t)) listed = true;
    else if (t && !nameAbove(t)) listed = false;
    // (In a text copied without its blank lines, under a finished sentence too, or under a line
    // naming a part, `Prologue`, `Act One: The Cable`; not under the file's first line, where a
    // byline stands as often as a first turn.)
    const above = i > 0 ? source[i - 1]!.trim() : '';
    // (A role's word alone, `Interviewer`, `主持人`, is no byline: it heads the words under it under any line.)
    if (!t || (above !== '' && !(noBlanks && (endsLikeSentence(above) || partLine(above) || sideWord(t))) && !(dashMarked && (ASKER_DASH.test(t) || CJK_NAME_ABOVE.test(t))))) continue;
    const name = nameAbove(t);
    if (!name || listed) continue;
    // (Nor under a heading naming a profile, `ロペスさんプロフィール`, `Profile`: the name heads her biography, no words she says.)
    let h = i - 1;
    while (h >= 0 && !source[h]!.trim()) h--;
    if (h >= 0 && PROFILE_HEADING.test(source[h]!.trim())) continue;
    let j = i + 1;
    while (j < source.length && source[j]!.trim() === '') j++;
    const below = j < source.length ? nameAbove(source[j]!.trim()) : null;
    if (below && j === i + 1) stacked.push([i, name, below]);
    if (j >= source.length || below || CALL_PART.test(source[j]!.trim())) continue;
    const list = at.get(name) ?? [];
    list.push(i);
    at.set(name, list);
  }
  // (A speaker's name, above words twice or more, right above a name that is no such speaker's
  // heads a turn whose first words are that name: an answer, "Emily Warren Roebling".)
  // (Once above words and once so is twice.)
  const stackedOf = new Map<string, number>();
  for (const [, n] of stacked) stackedOf.set(n, (stackedOf.get(n) ?? 0) + 1);
  for (const [i, name, below] of stacked) {
    const is = at.get(name);
    if (is && is.length + (stackedOf.get(name) ?? 0) >= 2 && (at.get(below)?.length ?? 0) < 2 && !stackedOf.has(below)) is.push(i);
    // (And a speaker's name right under a line that names no speaker, words under it, heads the
    // turn: `Bridge Builders` above `Tom Becker` is a heading above the turn.)
    else if (!is && (at.get(below)?.length ?? 0) >= 2 && source[i + 2]?.trim() && !nameAbove(source[i + 2]!.trim())) at.get(below)!.push(i + 1);
  }
  for (const is of at.values()) is.sort((a, b) => a - b);
  // (Or where a member sits for and the party, in parentheses: `Ana Silva (Rhine Valley) (LD)`.)
  const withRole = (i: number) => /\s(?:--|—|–)\s|\)(?:\*\*)?\s*$/.test(source[i]!);
  // (Each twice or more, or once with such a role after it; a first name alone too, but never a
  // word of the text in small letters: not a product's `Cowork` above its pitch, nor `Yes` above
  // an answer; nor a page's word, `Advertisement` above an ad.)
  const firstName = (name: string) => !/\s/.test(name) && !roleWord(name) && !OFFICE_ALONE.test(name) && FIRST_NAME.test(name);
  // (Once where the turn above turns to that person, "And Jonathan, you work on steel?" above
  // `Jonathan`, or the next turn answers them, "Jonathan, say more about salt.")
  const addressedAround = (name: string, i: number) => {
    let j = i - 1;
    while (j >= 0 && !source[j]!.trim()) j--;
    if (j >= 0 && vocative(source[j]!.trim().slice(-400), name)) return true;
    const next = [...at.values()].flat().filter((k) => k > i).sort((a, b) => a - b)[0];
    if (next == null) return false;
    for (j = next + 1; j < source.length && !source[j]!.trim(); j++);
    return j < source.length && vocative(source[j]!.trim().slice(0, 400), name);
  };
  // (Or a first name or a surname the text writes in a full name on a line naming another speaker
  // too, "Maria Lopez, Jonas Berg and Paul Kim discussed bridges" above `Kim`: a panel's list.)
  // (The regulars' name words, once: deleting a name seen once below changes none of them.)
  const regulars = [...at].filter(([, is]) => is.length >= 2).flatMap(([n]) => n.split(/\s+/)).map((r) => ({ r, re: new RegExp(String.raw`(?<![\p{L}])${escapeRe(r)}(?![\p{L}])`, 'iu') }));
  const inFullName = (name: string) => {
    const full = new RegExp(String.raw`(?<![\p{L}])(?:${escapeRe(name)}[ \u00a0]\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+[ \u00a0]${escapeRe(name)})(?![\p{L}])`, 'u');
    return source.some((l) => full.test(l) && regulars.some(({ r, re }) => r.toLowerCase() !== name.toLowerCase() && re.test(l)));
  };
  for (const [name, is] of at) if (firstName(name) && (PAGE_WORDS.test(name) || (is.length < 2 && !(is.length === 1 && (addressedAround(name, is[0]!) || inFullName(name)))))) at.delete(name);
  // (Or a full name once that the words right above turn to by its first name, "Maria, why...?"
  // above `Maria Lopez`, "Paul, do you agree?" above `Paul Kim`, as a short panel's host turns to
  // each guest once.)
  const turnedTo = (name: string, is: number[]) => is.length === 1 && /\s/.test(name) && !roleWord(name) && addressedAround(name.split(/\s+/)[0]!, is[0]!);
  // (Or three full names or more, each once above the words, the first right under a question
  // set apart in bold: a round of answers to one question, `**What is the biggest
  // risk?**` above `**Maria Lopez**` / `Water.` / `**Paul Kim**` / `Salt.`.)
  // (Not a page's heading among them, `**Key Takeaways**` above the writer's summary.)
  const roundNames = (() => {
    const once = [...at].filter(([name, is]) => is.length === 1 && /\s/.test(name) && !PAGE_WORDS.test(name));
    if (once.length < 3) return new Set<string>();
    let q = once.reduce((m, [, is]) => Math.min(m, is[0]!), Infinity) - 1;
    while (q >= 0 && !source[q]!.trim()) q--;
    return q >= 0 && /^\*\*[^*\n]{2,300}[?？]\*\*$/u.test(source[q]!.trim()) ? new Set(once.map(([name]) => name)) : new Set<string>();
  })();
  const shaped = () => {
    const names = [...at].filter(([name, is]) => is.length >= 2 || is.some(withRole) || turnedTo(name, is) || roundNames.has(name));
    if (names.length < 2 || names.length > 40) return null;
    const heads = [...at.values()].flat().sort((a, b) => a - b);
    return shapesTheFile(source, heads, (i) => source[i]!.trim(), true) ? heads : null;
  };
  if (!shaped()) return null;
  const text = source.join('\n');
  const firstNames = [...at.keys()].filter(firstName);
  if (firstNames.length) {
    // (Links aside: `[Research](../anthropic-com-research.md)` writes no word.)
    const prose = text.replace(/\]\([^)\s]*\)|https?:\/\/\S+|www\.\S+/g, ' ');
    for (const name of firstNames) if (new RegExp(`(?<![\\p{L}])${name.toLowerCase()}(?![\\p{L}])`, 'u').test(prose)) at.delete(name);
  }
  const heads = firstNames.length ? shaped() : [...at.values()].flat().sort((a, b) => a - b);
  if (!heads) return null;
  // (A file whose turns open with labels of their own is read by them; a few such lines, a link's
  // name, `**Break:** [23:45]`, `Case Study: ...`, are no turns.)
  if (source.filter((l) => /^\s*(?:\*\*)?\p{Lu}[\p{L}.'’ -]{0,40}(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*\S/u.test(l) && !CALL_PART.test(l.trim().replace(/:$/, '')) && !partLine(l.trim()) && !/[:：]\s*(?:<https?:\/\/\S+>|https?:\/\/\S+|\[[^\]]*\]\([^)\s]*\))\s*$/.test(l)).length * 4 > heads.length) return null;
  // Declared speakers: the names above words twice or more, with a role after them, or named
  // elsewhere in the file too (a participants list, "I now turn the call over to Paul Kim").
  // (Never a name made of spam's words: `Cheap Watches` alone above its pitch, however often.)
  // (Or a title and a name, `Senator Black`, `Dr. Maria Lopez`, once: a member asking once.)
  const titled = (name: string) => /\s/.test(name) && TITLE.test(name.split(/\s+/)[0]!);
  // (Or a full name once that the words around it introduce: the turn before names its first name,
  // "my friend Tiago", or its own words do, "I'm Trent from Coinbase", as a panel's round of
  // introductions goes.)
  const allHeads = [...at.values()].flat().sort((a, b) => a - b);
  const introduced = (name: string, is: number[]) => {
    if (is.length !== 1) return false;
    const k = allHeads.indexOf(is[0]!);
    return introducedBy(name, k > 0 ? source.slice(allHeads[k - 1]! + 1, is[0]!).join(' ') : '', source.slice(is[0]! + 1, allHeads[k + 1] ?? source.length).join(' '));
  };
  // (Or one word in capitals once, `JONATHAN` above "Can I add something?", where the others are
  // so too: a heading there would leave the words under it under no name, as no other turn is.
  // Not a word the text writes in small letters, `WATER`, nor one naming a part of it.)
  // (Or a full name so, `LI WEI`, where the others are full names in capitals, none of its words
  // written small in the text, and the turn above turns to that person by first name, "Li, same
  // question?", or the next turn answers them: `BRIDGE LOADS` is a part's heading.)
  const caps = (name: string) => /^\p{Lu}[\p{Lu}\p{M}'’\-]+$/u.test(name) && !roleWord(name);
  const capsName = (name: string) => /^\p{Lu}[\p{Lu}\p{M}'’\-]+(?:\s+\p{Lu}[\p{Lu}\p{M}'’\-]+){1,3}$/u.test(name) && !roleWord(name);
  const capsOnce = (name: string, is: number[]) => {
    const shape = caps(name) ? caps : capsName(name) ? capsName : null;
    if (shape === capsName && !addressedAround(capitaliseName(name.split(/\s+/)[0]!.toLowerCase()), is[0]!)) return false;
    // (Whoever else is not so, `Ana`, where the text writes the name in full, "Paul Kim" above `KIM`
    // or `PK`, or turns to it.)
    const told = () => shape === caps && (inFullName(capitaliseName(name.toLowerCase())) || addressedAround(capitaliseName(name.toLowerCase()), is[0]!) || (/^\p{Lu}{2,3}$/u.test(name) && [...namesIn(text).keys()].some((n) => initialsOf(n) === name)));
    return is.length === 1 && shape != null && [...at].filter(([n, js]) => n !== name && js.length >= 2 && shape(n)).length >= 2 && ([...at].every(([n]) => caps(n) || capsName(n) || roleWord(n) != null) || told()) && !PART_WORD.test(name) &&
      name.split(/\s+/).every((w) => !new RegExp(`(?<![\\p{L}])${w.toLowerCase()}(?![\\p{L}])`, 'u').test(text));
  };
  // (Never the file's first line once, above a line that is no sentence: a show's name over its
  // episode and date, `Bridge Talk` / `Episode 41 · March 3, 2026`, though "Welcome to Bridge Talk" names it again.)
  const opening = source.findIndex((l) => l.trim() !== '');
  const masthead = (is: number[]) => {
    if (is.length !== 1 || is[0] !== opening) return false;
    const under = source.slice(opening + 1).find((l) => l.trim() !== '')?.trim() ?? '';
    return !endsLikeSentence(under) && under.split(/\s+/).length <= 12;
  };
  // (A full name in capitals once, `MARIA LOPEZ`, is named elsewhere as names are written, "Panelists:
  // Maria Lopez (Rhine Works), ...", where the text writes none of its words small: not a part's
  // heading, `BRIDGE SAFETY`, "bridge safety".)
  const namedAsWritten = (name: string) => {
    if (!/\s/.test(name) || /\p{Ll}/u.test(name)) return false;
    const parts = name.split(/\s+/);
    return text.split(capitaliseName(name.toLowerCase())).length > 1 && !parts.some((w) => new RegExp(`(?<![\\p{L}])${w.toLowerCase()}(?![\\p{L}])`, 'u').test(text));
  };
  // (Or a full name once whose first name or surname heads turns of its own twice or more, `Tom
  // Becker` above the first question, `Becker` above the later ones: the same person in full.)
  const speakers = [...at].filter(([name, is]) => !masthead(is) && (is.length >= 2 || roundNames.has(name) || is.some(withRole) || text.split(name).length - 1 > is.length || namedAsWritten(name) || regularsFull(name, (w) => (at.get(w)?.length ?? 0) >= 2) || roleWord(name) != null || OFFICE_ALONE.test(name) || titled(name) || introduced(name, is) || capsOnce(name, is)) && !nameSpamTerms(name).length).map(([name]) => name);
  // (Only theirs become labels: another name alone stays a line as it was, for the spam filter to judge.)
  const lines = [...source];
  for (const name of speakers) for (const i of at.get(name)!) lines[i] = `${name}:`;
  // (A regular's name alone right under a finished sentence, no blank line between, words under it:
  // a run of short turns copied without their blank lines, `...Schnorr?` / `Stephanie` / `Like SegWit.`.)
  const regular = new Set(speakers.filter((name) => at.get(name)!.length >= 2));
  for (let i = 1; i + 1 < source.length; i++) {
    const t = source[i]!.trim();
    const above = source[i - 1]!.trim();
    const below = source[i + 1]!.trim();
    if (regular.has(t) && lines[i] === source[i] && above !== '' && endsLikeSentence(above) && below !== '' && !regular.has(below) && !nameAbove(below)) lines[i] = `${t}:`;
  }
  markArchival(source, lines, capitaliseName);
  for (let i = 0; i < lines.length; i++) if (CALL_PART.test(lines[i]!.trim()) && (i === 0 || lines[i - 1]!.trim() === '')) lines[i] = `## ${lines[i]!.trim()}`;
  return { lines, apparatus: [], speakers };
}

/**
 * A file that labels its turns (`Maria Lopez: ...`) and then, pasted from elsewhere, sets some of
 * them as the speaker's name alone above the words, on the next line (`Maria Lopez` / `They help.`):
 * such a line, where its name labels two turns or more elsewhere, becomes that label alone. It
 * takes two such lines or more; another name alone on a line stays as it is. (Below the first
 * label, a name that labels one turn is enough, and so is its surname or first name alone, as
 * the page goes on with them: `Tom Becker: Why bridges?` above `Becker` / `And water?`.)
 */
export function fromKnownNamesAbove(source: string[]): NameLines | null {
  // (Lines that may be such a name first, as few files have any; then how often each labels a turn.)
  const candidates: number[] = [];
  /** The line's words, bold marks around them aside (`**Kim**` above the words, as `**Kim:** ...` labels elsewhere). */
  const bare = (i: number) => source[i]!.trim().replace(/^(\*\*|__)(.+)\1$/u, '$2');
  for (let i = 0; i + 1 < source.length; i++) {
    const t = bare(i);
    if (t.length < 3 || t.length > 60 || (i > 0 && source[i - 1]!.trim() !== '') || !source[i + 1]!.trim() || !/^\p{Lu}(?:\S*\s+\S|[\p{L}\p{M}'’-]+$)/u.test(t) || /[:：.?!,]$/.test(t)) continue;
    candidates.push(i);
  }
  if (candidates.length < 2) return null;
  const labelled = new Map<string, number>();
  let firstLabel = -1;
  source.forEach((l, i) => {
    // (The words before a colon near the line's start, bold marks aside: `**Maria Lopez:** ...`.)
    const colon = l.slice(0, 80).search(/[:：]/);
    if (colon < 1) return;
    const n = l.slice(0, colon).replace(/\*\*/g, '').trim();
    if (!NAME_ALONE.test(n)) return;
    labelled.set(n, (labelled.get(n) ?? 0) + 1);
    if (firstLabel === -1) firstLabel = i;
  });
  /** The full labels by their first name and by their surname. */
  const byPart = new Map<string, Set<string>>();
  for (const n of labelled.keys()) {
    const ws = n.split(/\s+/);
    if (ws.length > 1) for (const w of [ws[0]!, ws.at(-1)!]) byPart.set(w, (byPart.get(w) ?? new Set()).add(n));
  }
  /** The label a name line stands for: its own, or the one full label whose first name or surname it is. */
  const labelOf = (t: string) => {
    if (labelled.has(t)) return t;
    const full = /\s/.test(t) ? undefined : byPart.get(t);
    return full?.size === 1 ? [...full][0]! : null;
  };
  const heads = candidates.filter((i) => {
    const n = labelOf(bare(i));
    return n != null && ((labelled.get(n) ?? 0) >= 2 || (firstLabel !== -1 && i > firstLabel)) && (/\s/.test(bare(i)) || i > firstLabel) && !lineLabel(source[i + 1]!.trim());
  });
  if (heads.length < 2) return null;
  // (And a full name whose surname or first name heads such turns, above them: `Tom Becker` above
  // the first question, `Becker` above the later ones.)
  const headNames = new Set(heads.map(bare));
  for (const i of candidates) if (!heads.includes(i) && regularsFull(bare(i), (w) => headNames.has(w)) && !lineLabel(source[i + 1]!.trim())) heads.push(i);
  const lines = [...source];
  for (const i of heads) lines[i] = `${bare(i)}:`;
  return { lines, apparatus: [], speakers: [] };
}

/**
 * A name in bold with a full stop before the words (`**Maria Lopez.** With a crack.`), as some
 * magazines set their labels, or without one (`**Maria Lopez** With a crack.`, `**田中**　今日は...`),
 * perhaps after the time (`[00:00:10] **Maria Lopez** With a crack.`), in bold italics too (`***Maria Lopez*** With a crack.`).
 */
const BOLD_DOT = /^(\s*(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?\s+)?)(\*\*\*|\*\*|__)(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:de|del|della|van|von|der|den|du|da|di|le|la|dos|das)\s+)*(?:[dl]['’])?\p{Lu}[\p{L}\p{M}'’-]*){0,3}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}・·]{1,12})\.?\2(?=[\s\u3000]*\S)/u;

/**
 * Names in bold with a full stop before the words, or none, throughout a file: each becomes the label it
 * stands for (`**Maria Lopez:**`), read as labels like any others. It takes two names or more, each
 * twice or more, heading a sixth of the file's lines, the speaker changing from one to the next.
 * (`**Note.** ...` once is a word in bold.)
 */
export function fromBoldDots(source: string[]): NameLines | null {
  /** The name each such line opens with, by line. */
  const nameAt = new Map<number, string>();
  const count = new Map<string, number>();
  source.forEach((l, i) => {
    // (After the time it was said too: `[00:00:10] **Tom Becker** Why...?`.)
    const m = /^\s*(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?\s+)?(?:\*\*|__)/.test(l) ? BOLD_DOT.exec(l) : null;
    // (Japanese sets the words right after the name, `**田中**今日は`; a Latin name takes a space.)
    if (!m || (/^\p{Lu}/u.test(m[3]!) && !/^[\s\u3000]/.test(l.slice(m[0].length)))) return;
    // (Without the full stop, words follow: `**Tom Becker** · 00:01 Welcome` is a name and a time.)
    // (Nor is a label going on after the bold, `**Tom Becker** (host): Why...?`.)
    // (Words may open with a figure, `51st state.`; a colon further on is the words', where no
    // parenthesis opens them, `ANYPREVOUT BIP (BIP 118): https://...`.)
    if (!m[0].includes('.') && (!/^[\s\u3000]*(?:[\p{L}"“‘'«¿¡]|\d+(?:st|nd|rd|th|s)?\s|\d[\d,.]*%?\s|[([](?![\d(]))/u.test(l.slice(m[0].length)) || /^[\s\u3000]*[*_]?[([][^.?!。？！]{0,40}[:：]/u.test(l.slice(m[0].length)))) return;
    // (Nor where the speaker works, after the name, nothing said: `**Paul Kim** at Spanwise` above
    // the words is a name above them, NAME_ABOVE.)
    if (!m[0].includes('.') && BOLD_NAME_AT_ALONE.test(l.slice(m[0].length))) return;
    nameAt.set(i, m[3]!);
    count.set(m[3]!, (count.get(m[3]!) ?? 0) + 1);
  });
  if ([...count.values()].filter((n) => n >= 2).length < 2) return null;
  if (!shapesTheFile(source, [...nameAt.keys()], (i) => nameAt.get(i)!, false)) return null;
  const lines = [...source];
  for (const i of nameAt.keys()) lines[i] = source[i]!.replace(BOLD_DOT, '$1$2$3:$2');
  return { lines, apparatus: [], speakers: [] };
}

/**
 * Lines that label the turns of a whole file, not of a few of its lines: a sixth of its non-blank
 * lines or more (the page's links alone on their lines, `- [Events](https://...)`, aside), the
 * speaker changing from one to the next six times in ten or more, and, where asked, a sentence
 * below most of them (eight in ten).
 */
/** A line's end that closes a sentence, bold or italic to its end too (`**How did it start?**`); Arabic's question mark and Devanagari's danda too, `؟`, `।`. */
const SENTENCE_CLOSE = /[.?!…"”’)。！？」』）؟।][*_]*$/u;
function shapesTheFile(source: string[], heads: number[], keyOf: (i: number) => string, sentences: boolean): boolean {
  const nonBlank = source.filter((l) => l.trim() !== '' && !LINK_ALONE.test(l) && !/^#{1,6}\s/.test(l)).length;
  const changes = heads.filter((i, k) => k > 0 && keyOf(i) !== keyOf(heads[k - 1]!)).length;
  const sentenceBelow = (i: number) => {
    let j = i + 1;
    while (j < source.length && source[j]!.trim() === '') j++;
    // (The words' first line that ends as a sentence does before a blank one: one wrapped over
    // lines, `Mostly water. The footings wash away` / `a grain at a time.`, ends on the second.)
    while (j + 1 < source.length && source[j + 1]!.trim() !== '' && !SENTENCE_CLOSE.test(source[j]!.trim())) j++;
    return SENTENCE_CLOSE.test(source[j]?.trim() ?? '');
  };
  // (Names alone above sentences may stand over each paragraph of a long turn, a host's ad read
  // five paragraphs long under his name each time: the speaker changing three times in ten will do.)
  return heads.length >= 0.15 * nonBlank && changes >= (sentences ? 0.3 : 0.6) * (heads.length - 1) && (!sentences || heads.filter(sentenceBelow).length >= 0.8 * heads.length);
}

/**
 * A question's and an answer's letters as other languages write them (Dutch `V:`/`A:`, Finnish
 * and Hungarian `K:`/`V:`, Indonesian `T:`/`J:`, Swedish `F:`/`S:`, Polish `P:`/`O:`, Turkish
 * `S:`/`C:` and `S:`/`Y:`): the question's letter first.
 */
// (And the interviewer's and the interviewee's as research transcripts shorten them: `IV:`/`IE:`,
// `INT:`/`RESP:`, `Int:`/`Resp:`, `INT:`/`RES:`, `Int:`/`Res:`, `IWR:`/`IWE:`.)
const LETTER_PAIRS: [string, string][] = [['V', 'A'], ['K', 'V'], ['T', 'J'], ['F', 'S'], ['P', 'O'], ['S', 'C'], ['S', 'Y'], ['IV', 'IE'], ['INT', 'RESP'], ['Int', 'Resp'], ['INT', 'RES'], ['Int', 'Res'], ['IWR', 'IWE']];
/** A line opening with one capital letter as a label, or such a shortened side: `V: ...`, `**K:** ...`, `IV: ...`. */
const LETTER_LABEL = /^(\s*(?:\*\*|__)?)(IV|IE|INT|RESP|RES|Int|Resp|Res|IWR|IWE|\p{Lu})((?:\*\*|__)?\s*[:：](?:\*\*|__)?\s)/u;

/**
 * A file labelled by such a pair alone, each letter twice or more: the letters become `Q:` and `A:`
 * on the same lines, so that the sides are read as questions and answers and named by the byline
 * and the dek, not shown as the letters.
 */
export function fromLetterPairs(source: string[]): NameLines | null {
  const counts = new Map<string, number>();
  const asks = new Map<string, number>();
  for (const l of source) {
    const m = LETTER_LABEL.exec(l);
    if (!m) continue;
    counts.set(m[2]!, (counts.get(m[2]!) ?? 0) + 1);
    if (/[?？¿؟]/.test(l)) asks.set(m[2]!, (asks.get(m[2]!) ?? 0) + 1);
  }
  if (counts.size !== 2) return null;
  // (The question's letter asks in half its lines or more, the answer's in fewer: `T:` and `J:` may
  // be Tom and Jane, either of whom may ask.)
  const asking = (k: string) => (asks.get(k) ?? 0) / (counts.get(k) ?? 1);
  const pair = LETTER_PAIRS.find(([q, a]) => (counts.get(q) ?? 0) >= 2 && (counts.get(a) ?? 0) >= 2 && asking(q) >= 0.5 && asking(a) < asking(q));
  if (!pair) return null;
  const side = new Map([[pair[0], 'Q'], [pair[1], 'A']]);
  const lines = source.map((l) => l.replace(LETTER_LABEL, (all, before: string, letter: string, after: string) => `${before}${side.get(letter)}${after}`));
  return { lines, apparatus: [], speakers: [] };
}

/** Whether the text from line `first` on is copied without blank lines (fewer than one line in ten blank): each line a paragraph. */
function unspacedFrom(source: string[], first: number): boolean {
  const last = source.findLastIndex((l) => l.trim() !== '');
  return first !== -1 && source.slice(first, last + 1).filter((l) => l.trim() === '').length < 0.1 * (last + 1 - first);
}

/** Whether one of `keys` labels a line with a colon too: then a name opening a paragraph otherwise is the file's words, not its label. (Not a line above the first of the turns so labelled, `from`: a headline shaped as a label, `Maria Lopez: A água é a maior inimiga das pontes`.) */
function labelsWithColon(source: string[], keys: Set<string>, from: number): boolean {
  const colon = new RegExp(String.raw`^\s*(?:\*\*|__)?(?:${[...keys].map(escapeRe).join('|')})(?:\*\*|__)?\s*[:：]`, 'u');
  return source.some((l, i) => i >= from && colon.test(l));
}

/** A paragraph opening with a name or a paper's and a hyphen or a dash: `Maria Lopez - Meu pai...`, `Maria Lopez -- Meu pai...`, `**Folha - Por que pontes?**`, `Stephanie — ¿Y qué...?` (or an arrow, `Maria Lopez > ...`, `Maria Lopez » ...`, the name in bold too, `**Maria Lopez** → ...`; or a tab, as a word processor's transcript sets the name apart, `Maria Lopez<TAB>Meu pai...`). */
// (Initials too, `AA - I believe...`, beside names so, `Senator Black - Thank you...`; a few words in
// parentheses after the name too, its side or where the speaker comes from, `Tom Becker (Host) -
// Welcome...`, `Maria Lopez (Porto) - ...`, the label's as they are before a colon.)
const HYPHEN_LABEL = new RegExp(String.raw`^(\s*(?:\*\*|__)?)((?:${NAME_WORDS.replaceAll(String.raw`\s+`, ' +')}|\p{Lu}{2,4})(?: \([^()\n]{2,24}\))?)(\*\*|__)?(?: [-–—>»→] | -- | *\t+ *)(?=\S)`, 'u');
/** Initials and a dash, a label the labels' reading takes as it is (`AA - ...`): in a file labelled so, one of its hyphen labels. */
const INITIALS_DASH = /^\s*(?:\*\*|__)?\p{Lu}{2,4}(?:\*\*|__)? [-–—] /u;

/**
 * Turns labelled by a name and a hyphen, as Brazilian papers print both sides (`**Folha - Por que
 * pontes?**`, then `Maria Lopez - Meu pai as construía.`), or a dash (`Stephanie — ¿Y qué...?`,
 * first names too): the hyphen becomes a colon on the same
 * lines. Only where two keys or more each open two paragraphs or more so, the speaker changing
 * from one to the next more often than not, and other names label few lines with a colon (these
 * names may: the same labels typed two ways, `**Lopez** : I build...` among `**Lopez** - Water...`).
 */
export function fromHyphenLabels(source: string[]): NameLines | null {
  const heads: number[] = [];
  const keyAt = new Map<number, string>();
  // (So does any line of a text copied without blank lines, a line to a paragraph: `Folha - Por
  // que pontes?` right under the last answer's line.)
  const unspaced = unspacedFrom(source, source.findIndex((l) => l.trim() !== ''));
  for (let i = 0; i < source.length; i++) {
    // (A tab opens a turn on any line: a text file's paragraphs are its lines.)
    const inParagraph = i > 0 && source[i - 1]!.trim() !== '' && !unspaced;
    if (inParagraph && !source[i]!.includes('\t')) continue;
    const m = HYPHEN_LABEL.exec(source[i]!);
    if (m && inParagraph && !m[0].includes('\t')) continue;
    // (Not a label of its own already: `Tom Becker - Host: Why...`; but initials and a dash, `AA - `.)
    if (!m || (lineLabel(source[i]!) != null && !INITIALS_DASH.test(source[i]!))) continue;
    heads.push(i);
    keyAt.set(i, m[2]!);
  }
  // (A double dash before words, `Maria Lopez -- Meu pai...`, where most such lines go on with
  // sentences; not before what the person is, as a call's transcript sets a name and a role above
  // the words, `Maria Lopez -- Chief Executive Officer`.)
  const doubled = heads.filter((i) => HYPHEN_LABEL.exec(source[i]!)![0].includes(' -- '));
  const said = (i: number) => {
    const rest = source[i]!.slice(HYPHEN_LABEL.exec(source[i]!)![0].length).trim();
    return endsLikeSentence(rest) || /[.?!…]\s/u.test(rest) || rest.split(/\s+/).length > 8;
  };
  if (doubled.length && doubled.filter(said).length * 2 < doubled.length) heads.splice(0, heads.length, ...heads.filter((i) => !doubled.includes(i)));
  if (heads.length < 4) return null;
  // (Not in a file whose turns open with labels and colons: there a name or a word and a dash,
  // `Water — it gets into everything.`, is a speaker's way of setting out a point, kept as written.)
  // (A name of these labelling a line with a colon is the same label typed two ways.)
  const dashed = new Set(heads);
  const hyphenKeys = new Set(keyAt.values());
  const colonLabels = source.flatMap((l, i) => {
    const label = dashed.has(i) ? null : lineLabel(l);
    return label ? [label.key] : [];
  });
  if (colonLabels.filter((k) => !hyphenKeys.has(k)).length * 4 > heads.length) return null;
  const counts = new Map<string, number>();
  for (const k of keyAt.values()) counts.set(k, (counts.get(k) ?? 0) + 1);
  const keys = new Set([...counts].filter(([, n]) => n >= 2).map(([k]) => k));
  if (keys.size < 2) return null;
  const changes = heads.filter((i, k) => k > 0 && keyAt.get(i) !== keyAt.get(heads[k - 1]!)).length;
  if (changes < 0.5 * (heads.length - 1)) return null;
  const lines = [...source];
  // (A name once between two turns of the regulars, saying a sentence from a capital, `Paul - The
  // state, in the end.` between `Maria Lopez - ...` and `Ana Silva - ...`: a third speaker where the
  // labels' check, reading the lines with colons, takes it for one; else its line stays as written.)
  const once = (i: number, k: number) => {
    const rest = source[i]!.slice(HYPHEN_LABEL.exec(source[i]!)![0].length).trim();
    return k > 0 && k < heads.length - 1 && keys.has(keyAt.get(heads[k - 1]!)!) && keys.has(keyAt.get(heads[k + 1]!)!) && /^["“]?\p{Lu}/u.test(rest) && said(i);
  };
  const colon = (i: number) => source[i]!.replace(HYPHEN_LABEL, (_all, before: string, key: string, close: string | undefined) => `${before}${key}:${close && before.includes(close) ? close : ''} `);
  // (A name set apart by a tab labels its line even once, `Chair<TAB>Order.`, in a file so labelled.)
  // (So does a full name once whose first name or surname labels turns twice or more, `Tom Becker
  // - Why...?` above `Becker - And...?`: the same person in full.)
  const single: number[] = [];
  for (const [k, i] of heads.entries()) {
    if (keys.has(keyAt.get(i)!) || regularsFull(keyAt.get(i)!, (w) => keys.has(w)) || HYPHEN_LABEL.exec(source[i]!)![0].includes('\t')) lines[i] = colon(i);
    else if (once(i, k)) single.push(i);
  }
  if (single.length) {
    const withColons = [...lines];
    for (const i of single) withColons[i] = colon(i);
    const isSpeaker = speakerKeyTest(withColons, []);
    for (const i of single) if (isSpeaker(keyAt.get(i)!)) lines[i] = colon(i);
  }
  return { lines, apparatus: [], speakers: [] };
}

/** A paragraph opening with a name in capitals, no colon nor dash, then the words from a capital: `TOM BECKER Why the hammer?`, `MARIA LOPEZ You tap...`. */
const CAPS_OPENING = /^(\s*(?:\*\*|__)?)(\p{Lu}[\p{Lu}\p{M}'’-]+(?:\s+\p{Lu}[\p{Lu}\p{M}'’-]+){0,3})(\*\*|__)?\s+(?=\p{Lu}(?:\p{Ll}|['’]|\s|[,.!?])|["“‘¿¡(])/u;

/**
 * Turns labelled by a name in capitals and nothing after it, as a PDF's transcript sets the names
 * in capitals in the margin (`TOM BECKER Why the hammer?`, `MARIA LOPEZ You tap...`): a colon after
 * the name on the same lines. Only where two names or more each open two paragraphs or more so,
 * the speaker changing from one to the next more often than not, and no such name labels a line
 * with a colon too; a paragraph's first word in capitals (`NASA is...`) is one name opening one.
 */
export function fromCapsNames(source: string[]): NameLines | null {
  const heads: number[] = [];
  const keyAt = new Map<number, string>();
  // (Counted from the first such line: a headline and a blank line above are no paragraphs of the text.)
  const unspaced = unspacedFrom(source, source.findIndex((l) => CAPS_OPENING.test(l)));
  for (let i = 0; i < source.length; i++) {
    if (i > 0 && source[i - 1]!.trim() !== '' && !unspaced) continue;
    const m = CAPS_OPENING.exec(source[i]!);
    // (The name's words all capitals, one of them two letters or more; not a label of its own already.)
    if (!m || !/\p{Lu}{2}/u.test(m[2]!) || lineLabel(source[i]!) != null) continue;
    heads.push(i);
    keyAt.set(i, m[2]!);
  }
  if (heads.length < 4) return null;
  const counts = new Map<string, number>();
  for (const k of keyAt.values()) counts.set(k, (counts.get(k) ?? 0) + 1);
  const keys = new Set([...counts].filter(([, n]) => n >= 2).map(([k]) => k));
  if (keys.size < 2) return null;
  const labelled = heads.filter((i) => keys.has(keyAt.get(i)!));
  // (Most paragraphs open so: not a text whose sentences now and then open with an acronym.)
  const paragraphs = source.filter((l, i) => l.trim() !== '' && (unspaced || i === 0 || source[i - 1]!.trim() === '')).length;
  if (labelled.length < 0.5 * paragraphs) return null;
  const changes = labelled.filter((i, k) => k > 0 && keyAt.get(i) !== keyAt.get(labelled[k - 1]!)).length;
  if (changes < 0.5 * (labelled.length - 1)) return null;
  if (labelsWithColon(source, keys, labelled[0]!)) return null;
  const lines = [...source];
  for (const i of labelled) lines[i] = source[i]!.replace(CAPS_OPENING, (_all, before: string, key: string, close: string | undefined) => `${before}${key}:${close ?? ''} `);
  return { lines, apparatus: [], speakers: [] };
}
