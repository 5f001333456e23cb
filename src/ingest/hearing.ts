import { lineLabel, PAGE_WORDS } from './labels.ts';

/**
 * A legislative hearing as official records print it: each turn opens with a title or "The" and
 * the speaker's surname in capitals, closed by a full stop.
 *
 *   The CHAIRMAN. The committee will come to order.
 *   Senator WHITFIELD. Thank you, Madam Chair.
 *   Dr. LINDQVIST. Thank you. The evidence so far shows...
 *   Mr. McCONNELL. I yield back.
 *   MARIA LOPEZ. Thank you. (a full name without a title, when it opens two turns or more)
 *   PRESIDENTE. Ha facoltà di parlare... (an office alone, as Italian records print the chair)
 *   M. le président. La parole est à...  Mme Maria Lopez. Nos ponts...  (a French record; a committee's
 *   chair by name too, `M. le président Tom Becker.`)
 *
 * Such a line becomes the label the parser reads (`Senator Whitfield: Thank you, Madam Chair.`),
 * on the same line, so line numbers and accounting stay true. It takes three such turns by two
 * speakers or more: one `Mr. SMITH.` may be anything.
 */
export interface HearingLines {
  lines: string[];
  /** Lines that are no one's words, blanked (a court record's page numbers); else none: every line keeps its words. */
  apparatus: number[];
  speakers: string[];
}

/** Words that stand before the surname in a hearing's labels. */
const TITLES = String.raw`Mr|Mrs|Ms|Miss|Dr|Prof|Senator|Representative|Rep|Sen|Delegate|Chairman|Chairwoman|Chair|Secretary|Ambassador|Admiral|General|Governor|Mayor|Judge|Justice|Commissioner|Director|Dean|Father|Sister|Rabbi|Reverend|Rev`;
/** A surname in capitals, with the lower-case letters of `McCONNELL` or `DeWINE` allowed after its first letter, and an elided particle, `O’BRIEN`, `D’ALCHÉ-BUC`. */
const SURNAME = String.raw`(?:Mc|Mac|De|La|Le|Van|Von|O['’]|D['’])?\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*`;
/** `The CHAIRMAN.`, `The PRESIDING OFFICER.`, `The CLERK.`: an office rather than a name. */
const OFFICE = String.raw`\p{Lu}{3,}(?:\s+\p{Lu}{3,})?`;
const LINE = new RegExp(String.raw`^((?:(?:${TITLES})\.?\s+${SURNAME}(?:\s+of\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)?)|The\s+${OFFICE})\.\s+(?=\S)`, 'u');
/** A full name in capitals closed by a full stop (`MARIA LOPEZ. My father...`, `MARIA LOPEZ. 因为水。`), as some records and scripts print turns without titles. */
const FULL_NAME = new RegExp(String.raw`^(\p{Lu}{2,}(?:\s+${SURNAME}){1,3})\.\s+(?=\p{Lu}|\d|["“‘'(¿¡]|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])`, 'u');

/** One name in capitals closed by a full stop (`STEPHANIE. ¿Y qué...?`, `LOPEZ. My father...`), as scripts print first names or surnames: a label where it opens two turns or more. */
const ONE_NAME = /^(\p{Lu}{3,}(?:[-'’]\p{Lu}{2,})*)\.\s+(?=\p{Lu}|\d|["“‘'(¿¡]|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u;

/** A note's word in capitals, not a name: `NOTE. ...`, `UPDATE. ...`, `HINWEIS. ...`, `NOTA. ...`. */
const NOTE_WORD = /^(?:NOTE|NOTES|UPDATE|UPDATED|CORRECTION|CLARIFICATION|DISCLOSURE|DISCLAIMER|EDITOR|EDITORS|END|FIN|ENDE|QUESTION|ANSWER|WARNING|SOURCE|SOURCES|NB|PS|HINWEIS|ANMERKUNG|KORREKTUR|QUELLE|NOTA|REMARQUE|CORRECTIF|FUENTE|ACTUALIZACIÓN|AGGIORNAMENTO|FONTE|OPMERKING|BRON)$/u;

/** An office alone in capitals, as Italian and other records print their chair and ministers: `PRESIDENTE. ...`, `MINISTRO. ...`. */
const OFFICE_ALONE = /^(PRESIDENTE|PRESIDENTA|PRÉSIDENT|PRÉSIDENTE|VICEPRESIDENTE|MINISTRO|MINISTRA|SOTTOSEGRETARIO|SOTTOSEGRETARIA)\.\s+(?=\S)/u;
/**
 * A French parliament's record: `M. le président. ...`, `Mme Maria Lopez. ...`, `Mme Ana Silva,
 * ministre des transports. ...`: the title, the name or the office, perhaps a role after a comma,
 * a full stop, perhaps a dash after it, as the Senate's record prints it (`Mme Maria Lopez. – ...`);
 * a member's group after the name, as the Assembly's committees print it (`M. Paul Kim (SOC). ...`).
 * (Group 2: the name or the office.)
 */
const FRENCH = /^(M\.|Mme|Mlle)\s+((?:le|la)\s+(?:présidente?|ministre|rapporteure?|rapporteuse|garde des sceaux|premier ministre|première ministre)(?:\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:de\s+|du\s+|d['’])?\p{Lu}[\p{L}'’-]+){1,3}))?|\p{Lu}[\p{L}'’-]+(?:\s+(?:de\s+|du\s+|d['’])?\p{Lu}[\p{L}'’-]+){0,3})(?:\s+\(\p{Lu}[\p{L}-]{0,11}\))?(?:,\s+\p{Ll}[^.]{0,100})?\.\s+(?:[-–—]\s+)?(?=\S)/u;
/**
 * A French record's speaker as shown: the name after the office, as a committee's record prints
 * its chair (`M. le président Tom Becker.`: Tom Becker), else the office capitalised (`Le
 * président`), or the name without its title.
 */
const frenchName = (m: RegExpExecArray) => m[3] ?? m[2]!.replace(/^(le|la)\b/, (w) => w[0]!.toUpperCase() + w.slice(1));

/** `McCONNELL` -> `McConnell`, `O'BRIEN` -> `O'Brien`, `CHAIRMAN` -> `Chairman`. */
export function uncapitalise(label: string): string {
  return label.replace(/\p{Lu}{2,}/gu, (run) => run[0]! + run.slice(1).toLowerCase());
}

export function fromHearing(source: string[]): HearingLines | null {
  const found: [number, RegExpExecArray][] = [];
  const french: [number, RegExpExecArray][] = [];
  for (let i = 0; i < source.length; i++) {
    const line = source[i]!;
    // Every hearing label starts with a capital T, M, S, D... and holds a full stop: most lines need no regex.
    if (line.length < 6 || !line.includes('. ')) continue;
    const one = ONE_NAME.exec(line.trimStart());
    const m = LINE.exec(line.trimStart()) ?? OFFICE_ALONE.exec(line.trimStart()) ?? FULL_NAME.exec(line.trimStart()) ?? (one && !PAGE_WORDS.test(one[1]!) && !NOTE_WORD.test(one[1]!) ? one : null);
    if (m) found.push([i, m]);
    else {
      const f = FRENCH.exec(line.trimStart());
      if (f) french.push([i, f]);
    }
  }
  // (A French record, where its labels are most of the hearing's: each speaker by name or office.)
  // (An office the record names once, `M. le président Tom Becker.`, is that person where it
  // prints the office alone too, `M. le président.`.)
  const holders = new Map<string, Set<string>>();
  for (const [, f] of french) {
    if (!f[3]) continue;
    const office = f[2]!.slice(0, f[2]!.length - f[3].length).trim();
    holders.set(office, (holders.get(office) ?? new Set()).add(f[3]));
  }
  const shown = (f: RegExpExecArray) => {
    const one = f[3] ? null : holders.get(f[2]!);
    return one?.size === 1 ? [...one][0]! : frenchName(f);
  };
  if (french.length >= 3 && french.length > found.length && new Set(french.map(([, f]) => shown(f))).size >= 2) {
    const lines = [...source];
    for (const [i, f] of french) lines[i] = `${shown(f)}: ${source[i]!.trimStart().slice(f[0].length)}`;
    return { lines, apparatus: [], speakers: [...new Set(french.map(([, f]) => shown(f)))] };
  }
  // A full name without a title counts when it opens two turns or more: one `NEW YORK. ...` is a
  // dateline; or once, where titled labels, offices and repeated names already make three turns
  // of two speakers or more (an Italian record's `TOM BECKER. Chi pagherà?` among `PRESIDENTE.`).
  const seen = new Map<string, number>();
  for (const [, m] of found) seen.set(m[1]!, (seen.get(m[1]!) ?? 0) + 1);
  const sure = found.filter(([i, m]) => LINE.test(source[i]!.trimStart()) || OFFICE_ALONE.test(source[i]!.trimStart()) || seen.get(m[1]!)! >= 2);
  const record = sure.length >= 3 && new Set(sure.map(([, m]) => m[1]!)).size >= 2;
  // (Once: two or three words before words in small letters, not a heading in capitals, `OPENING STATEMENT OF HON. MARIA DELGADO, ...`.)
  // (Never one word once: `WASHINGTON. The senator said...` is a dateline.)
  const once = ([i, m]: [number, RegExpExecArray]) => m[1]!.split(/\s+/).length <= 3 && !ONE_NAME.test(source[i]!.trimStart()) && /\p{Ll}/u.test(source[i]!.trimStart().slice(m[0].length, m[0].length + 20));
  const sureLines = new Set(sure.map(([i]) => i));
  found.splice(0, found.length, ...(record ? found.filter((f) => sureLines.has(f[0]) || once(f)) : sure));
  const names = new Set(found.map(([, m]) => uncapitalise(m[1]!.replace(/\s+/g, ' '))));
  if (found.length < 3 || names.size < 2) return null;
  const lines = [...source];
  for (const [i, m] of found) {
    const line = source[i]!.trimStart();
    lines[i] = `${uncapitalise(m[1]!.replace(/\s+/g, ' '))}: ${line.slice(m[0].length)}`;
  }
  return { lines, apparatus: [], speakers: [...names] };
}

/** A turn's number before its label: `4. Maria: Because it gets everywhere.`, `4) Maria: ...`. */
const TURN_NUMBER = /^\s*(\d{1,4})[.)]\s+(?=\S)/;

/**
 * Turns numbered in a text file, one to a line (`1. Tom: Welcome...`, `2. Maria: Thanks...`), as
 * a list copied out of a document numbers them: the numbers go, so that each line opens with its
 * label. Only where numbered lines are most of the file's, their numbers count up by one, and a
 * label follows nearly every number: a list in an answer (`1. Drainage`) stays as written.
 */
export function fromTurnNumbers(source: string[]): HearingLines | null {
  const labelled = (l: string, m: RegExpExecArray) => lineLabel(l.slice(m[0].length)) != null;
  const count = countNumbered(source, TURN_NUMBER, false, labelled);
  if (count.numbered < 4 || count.numbered < 0.6 * count.nonBlank || count.rising < 0.8 * count.numbered || count.kept < 0.8 * count.numbered) return null;
  const lines = source.map((l) => {
    const m = TURN_NUMBER.exec(l);
    return m && labelled(l, m) ? l.slice(m[0].length) : l;
  });
  return { lines, apparatus: [], speakers: [] };
}

/** How many non-blank lines open with `re`'s number, how many of those count up by one from the last (or start again at 1, `pages`), and how many pass `keep`. */
function countNumbered(source: string[], re: RegExp, pages: boolean, keep: (l: string, m: RegExpExecArray) => boolean = () => true): { numbered: number; nonBlank: number; rising: number; kept: number } {
  let [numbered, nonBlank, rising, kept, last] = [0, 0, 0, 0, 0];
  for (const l of source) {
    if (l.trim() === '') continue;
    // (A blank line's own number, as a code viewer numbers every line: the count goes on past it.)
    const bare = /^\s*(\d{1,4})\s*$/.exec(l);
    if (bare && Number(bare[1]) === last + 1) {
      last++;
      continue;
    }
    nonBlank++;
    const m = re.exec(l);
    if (!m) continue;
    numbered++;
    const n = Number(m[1]);
    if (n === last + 1 || (pages && n === 1 && last > 1)) rising++;
    last = n;
    if (keep(l, m)) kept++;
  }
  return { numbered, nonBlank, rising, kept };
}

/** A transcript line's number before its words, as court reporters print depositions: ` 4            A.   A crack...`. */
const LINE_NUMBER = /^\s*(\d{1,4})(?=\s{2,}\S|\t\s*\S)\s+/;

/**
 * A deposition or a court record with its line numbers (1 to 25 on each page, the words after
 * them), as court reporters print it: the numbers go, the words stay where they were, so that
 * `Q.` and `A.` and `MR. SILVA:` open lines as labels do. Only where numbered lines are most of
 * the file's and their numbers run upward page by page; the page's own header (`Page 12`) is
 * left for the cleaner to remove.
 */
export function fromLineNumbers(source: string[]): HearingLines | null {
  const { numbered, nonBlank, rising, kept } = countNumbered(source, LINE_NUMBER, true, (l, m) => !l.slice(m[0].length).includes('\t'));
  // (Fewer lines, an excerpt of three to five, where two or more are a question's and an answer's, `Q.` and `A.`.)
  const asked = numbered < 6 ? source.filter((l) => /^(?:Q|A)[.:]\s/.test(l.replace(LINE_NUMBER, ''))).length : 0;
  if ((numbered < 6 && (numbered < 3 || asked < 2)) || numbered < 0.6 * nonBlank || rising < 0.8 * numbered) return null;
  // (Not a table's rows numbered in their first column, `1<TAB>Tom Becker<TAB>Welcome...`: a table.)
  if (kept < 0.5 * numbered) return null;
  // (The page's number alone on its line, `                     13`, set between the pages, goes
  // too: it is no one's words.)
  const apparatus: number[] = [];
  const lines = source.map((l, i) => {
    if (/^\s*\d{1,4}\s*$/.test(l)) {
      apparatus.push(i);
      return '';
    }
    const m = LINE_NUMBER.exec(l);
    return m ? l.slice(m[0].length) : l;
  });
  return { lines, apparatus, speakers: [] };
}
