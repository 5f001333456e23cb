/**
 * Names written surname first, as a company directory lists people and Microsoft Teams labels
 * each turn with the speaker's display name: `Becker, Tom   0:05`, `Lopez, Maria (Rhine Works)
 * 0:09`, `<v Becker, Tom>` in its caption file, `Becker, Tom: ...`. Read as they stand, the given
 * name after the comma looks like a company and goes: every turn of Tom Becker's would be
 * "Becker"'s. Such a label becomes the name as it is said (`Tom Becker   0:05`), on the same line,
 * so that line numbers and accounting stay true.
 *
 * Only where two people or more are labelled so, on three lines or more, each a surname and a
 * comma, then one or two given names in capitalised words that are no role's or job's word
 * (`Becker, Host:` is a broadcaster's label) and no generation (`, Jr.`), and every such label in
 * the file fits: one `Lopez, Bridge:` may be a surname and a company. Where a label and the words
 * share a line, the given names must be said outside the labels too, one of them to its bearer
 * ("Thanks, Tom."): `Shinobi, Rhine Works: ...` is a name and a company.
 */
import { roleWord, vocative } from './labels.ts';

export interface InvertedNameLines {
  lines: string[];
}

const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+`;
/**
 * A line opening with a surname, a comma and given names (group 1: before them, a caption's voice
 * tag; 2: the surname; 3: the given names), then what a label has after it: a company in
 * parentheses, and a time, a colon, a voice tag's end or nothing.
 */
const INVERTED = new RegExp(String.raw`^(\s*(?:<v(?:\.[\w-]+)*\s+)?)(${WORD}(?:-${WORD})?),\s(${WORD}(?:\s${WORD})?)(?=\s*(?:\([^()\n]{1,60}\))?\s*(?:[:：]|>|\s\d{1,2}:\d{2}\b|\s{2,}\S|$))`, 'u');
/** Words after a comma that say what someone is or which one, not their given name. */
const NOT_GIVEN = /^(?:Jr|Sr|Esq|Phd|Md|Ceo|Cto|Cfo|Coo|Founder|Cofounder|Co-Founder|President|Director|Editor|Professor|Author|Chair|Chairman|Chairwoman|Partner|Chief|Senior|Junior|Managing|General|Executive|Lead|Principal|Researcher|Engineer|Journalist|Writer|Correspondent|Analyst|Economist|Scientist|Lecturer|Associate|Assistant|Inc|Ltd|Llc|Gmbh|Corp)$/u;

/** The lines with surname-first labels turned around, or null where the file has none such. */
export function uninvertNames(source: string[]): InvertedNameLines | null {
  if (!source.some((l) => l.includes(', '))) return null;
  const found: [number, RegExpExecArray][] = [];
  for (let i = 0; i < source.length; i++) {
    const l = source[i]!;
    if (l.length > 2000 || !l.includes(', ')) continue;
    const m = INVERTED.exec(l);
    if (m) found.push([i, m]);
  }
  if (found.length < 3) return null;
  const given = (m: RegExpExecArray) => m[3]!.split(' ');
  // (Every such label fits, or none is read so.)
  if (found.some(([, m]) => roleWord(m[3]!) != null || given(m).some((w) => NOT_GIVEN.test(w)))) return null;
  const said = (m: RegExpExecArray) => `${m[3]} ${m[2]}`;
  const speakers = [...new Set(found.map(([, m]) => said(m)))];
  const surnames = new Set(found.map(([, m]) => m[2]));
  if (speakers.length < 2 || surnames.size < 2) return null;
  // (Two people or more each labelling two lines or more: a list's `Lopez, Maria, and ...` once is prose.)
  const uses = new Map<string, number>();
  for (const [, m] of found) uses.set(said(m), (uses.get(said(m)) ?? 0) + 1);
  if ([...uses.values()].filter((n) => n >= 2).length < 2) return null;
  // (Set as a label with a colon before the words, `Becker, Tom: ...`, a name and a company look the
  // same, `Shinobi, Rhine Works: ...`: there the given names must be said outside the labels, one
  // of them to its bearer, "Thanks, Tom.")
  const labelOnly = (i: number, m: RegExpExecArray) => /^\s*(?:\([^()\n]{1,60}\))?\s*(?:\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\s*)?(?:>.*)?$/.test(source[i]!.slice(m[0].length));
  if (!found.every(([i, m]) => labelOnly(i, m))) {
    const labelLines = new Set(found.map(([i]) => i));
    const rest = source.filter((_, i) => !labelLines.has(i)).join('\n') + '\n' + found.map(([i, m]) => source[i]!.slice(m[0].length)).join('\n');
    const givens = [...new Set(found.map(([, m]) => m[3]!))];
    if (!givens.every((g) => new RegExp(`(?<![\\p{L}])${g}(?![\\p{L}])`, 'u').test(rest)) || !givens.some((g) => vocative(rest, g.split(' ')[0]!))) return null;
  }
  const lines = [...source];
  for (const [i, m] of found) lines[i] = `${m[1]}${said(m)}${source[i]!.slice(m[0].length)}`;
  return { lines };
}
