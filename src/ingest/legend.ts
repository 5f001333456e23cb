import type { SpeakerSpec } from './frontmatter.ts';
import { headerLine, lineLabel, NAME_WORDS, roleWord, vocative } from './labels.ts';

/** A transcription tool's placeholder: `Speaker 1`, `Speaker A`, `SPEAKER_00`, `spk_0`. */
// (And as tools write it in other languages: `Sprecher 1`, `Locuteur 1`, `Intervenant 1`, `Hablante 1`, `Orador 1`, `Spreker 1`...)
// (Or a role's word numbered, as a panel's or a study's list of who takes part names them: `Panelist 1: Maria Lopez, Rhine Works`, `Participant 2: ...`.)
// (In German, French, Spanish, Italian and Portuguese too: `Teilnehmerin 1`, `Gast 2`, `Invitée 1`, `Participante 1`, `Panelista 2`, `Ospite 1`, `Convidado 1`.)
const NUMBERED_ROLE = String.raw`(?:[Pp]anell?ist[ae]?|PANELL?IST[AE]?|[Gg]uest|GUEST|[Pp]articipant[ea]?|PARTICIPANT[EA]?|[Ii]nterviewee|INTERVIEWEE|[Rr]espondent|RESPONDENT|[Tt]eilnehmer(?:in)?|TEILNEHMER(?:IN)?|[Gg]ast|GAST|[Ii]nvitée?|INVITÉE?|[Ii]nvitad[oa]|INVITAD[OA]|[Oo]spite|OSPITE|[Cc]onvidad[oa]|CONVIDAD[OA])\s(?:\d{1,2}|[A-Z])`;
const PLACEHOLDER = String.raw`(?:[Ss]peaker|SPEAKER|[Ss]precher(?:in)?|[Ll]ocuteur|[Ii]ntervenante?|[Hh]ablante|[Oo]radora?|[Ll]ocutora?|[Oo]ratore|[Oo]ratrice|[Ss]preker|[Mm]ówca|[Tt]alare|[Pp]uhuja|[Kk]onuşmacı)[ _]?(?:\d{1,2}|[A-Z])|spk_\d{1,2}|${NUMBERED_ROLE}`;
/** What follows the name: a role or a job in parentheses or after a comma (`(host)`, `, bridge inspector`). */
const WHAT = String.raw`(?:\s*\(([^()\n]{1,40})\)|,(?!\s*(?:\*\*|__)?(?:${PLACEHOLDER}))\s*([^,;.=:\n]{1,40}))?`;
/** One placeholder and its name: `Speaker 1: Tom Becker (host)`, `Speaker 1 = Tom Becker`, `Speaker 1 – Tom Becker, host`, `Speaker 1 is Tom Becker`. */
// (Or a side's word alone, `Speaker 1: Interviewer`, checked by roleWord.)
const PAIR = String.raw`(?:\*\*|__)?(${PLACEHOLDER})(?:\*\*|__)?\s*(?:[:=–—]|-(?=\s)|\s(?:is|was|ist|war|est|es|è|é|era|fue|foi)(?=\s))\s*(?:\*\*|__)?(${NAME_WORDS}|(?:[Tt]he\s+)?\p{L}+)(?:\*\*|__)?${WHAT}`;
/** A line of the legend holding one pair, as a list item perhaps. */
const LEGEND_LINE = new RegExp(String.raw`^\s*(?:[-*•]\s+)?${PAIR}\s*[.;]?\s*$`, 'u');
/** A line holding several pairs, after a heading word perhaps: `Speakers: Speaker 1 = Tom Becker, Speaker 2 = Maria Lopez`. */
const LEGEND_ROW = new RegExp(String.raw`^\s*(?:(?:Speakers|SPEAKERS|Participants|Voices)\s*:\s*)?(?:${PAIR}\s*(?:[,;]|\s(?:and|&)\s)?\s*){2,8}[.]?\s*$`, 'u');
const PAIR_G = new RegExp(PAIR, 'gu');
/** A header's line of one word and a full name, nothing after it: `Expert: Maria Lopez`, `**Caller:** Ana Silva`. */
const FIELD_PAIR = new RegExp(String.raw`^\s*(?:\*\*|__)?(\p{Lu}\p{Ll}{2,20})(?:\*\*|__)?\s*[:：](?:\*\*|__)?\s*(?:\*\*|__)?(${NAME_WORDS})(?:\*\*|__)?\s*$`, 'u');

export interface Legend {
  /** The lines with the legend's lines blank. */
  lines: string[];
  /** 0-based lines of the legend. */
  apparatus: number[];
  /** Each placeholder as the legend names it, as the front matter's `speakers:` would. */
  speakers: Record<string, SpeakerSpec>;
}

/**
 * A legend naming a transcription tool's placeholders above the transcript, as some tools and
 * services write it (`Speaker 1: Tom Becker (host)` / `Speaker 2: Maria Lopez (guest)`, or
 * `Speakers: Speaker 1 = Tom Becker, Speaker 2 = Maria Lopez`): who each placeholder is, and their
 * side where the legend says it, as the front matter's `speakers:` would say it; its lines are the
 * file's markup. Only where every placeholder it names labels two turns or more below it: else
 * those lines are words (`Speaker 1: Tom Becker` may be a turn).
 */
export function speakerLegend(lines: string[]): Legend | null {
  const mention = /speaker|spk_|sprecher|locut|intervenant|hablante|orador|oratore|oratrice|spreker|mówca|talare|puhuja|konuşmacı|panell?ist|guest|participant|interviewee|respondent|teilnehmer|gast|invit|ospite|convidad/i;
  if (!lines.some((l) => mention.test(l) || FIELD_PAIR.test(l))) return null;
  let found: { index: number; pairs: { key: string; name: string; what: string | null }[]; field?: boolean }[] = [];
  for (const [index, l] of lines.entries()) {
    if (l.length > 400 || !mention.test(l)) continue;
    const row = LEGEND_LINE.test(l) || LEGEND_ROW.test(l);
    if (!row) continue;
    // (A sentence's full stop after the name is none of it: `Speaker 2 is Maria Lopez.`)
    // (Each placeholder as the labels below write it, `SPEAKER_00` as `Speaker 0`.)
    const pairs = [...l.matchAll(PAIR_G)].map((m) => ({ key: lineLabel(`${m[1]}: x`)?.key ?? m[1]!, name: m[2]!.replace(/(?<=\p{L}{2})\.$/u, '').replace(/^[Tt]he\s+/, ''), what: (m[3] ?? m[4] ?? '').trim() || null }));
    // (A word alone names a side, or it is none of this: `Speaker 1: Yes` is a turn.)
    if (pairs.length > 0 && pairs.every((p) => /\s/.test(p.name) || roleWord(p.name) != null)) found.push({ index, pairs });
  }
  // (A header's field the project has no word for, naming the label its word writes below, `Expert: Maria
  // Lopez` above `EXPERT:`: a pair too, where that word labels two turns or more and is no one's name.)
  // (Never a first turn saying a name, `Tom: Maria Lopez`: where she speaks under a label of her own
  // name, `Maria:`, or the word is someone the turns address, "Thanks, Tom.", it is a person's label.)
  let labelWords: Set<string> | null = null;
  for (const [index, l] of lines.entries()) {
    const m = FIELD_PAIR.exec(l);
    if (l.length > 120 || !m || !/\s/.test(m[2]!) || headerLine(l) != null || (roleWord(m[1]!) != null && roleWord(m[1]!) !== 'other') || m[2]!.split(/\s+/).some((w) => w.toLowerCase() === m[1]!.toLowerCase())) continue;
    labelWords ??= new Set(lines.flatMap((x) => lineLabel(x)?.key.toLowerCase().split(/\s+/) ?? []));
    if (m[2]!.split(/\s+/).some((w) => labelWords!.has(w.toLowerCase())) || lines.some((x, i) => i !== index && vocative(x, m[1]!))) continue;
    found.push({ index, pairs: [{ key: m[1]!, name: m[2]!, what: null }], field: true });
  }
  found.sort((a, b) => a.index - b.index);
  if (found.length === 0) return null;
  const legendLines = new Set(found.map((f) => f.index));
  // (A header's field among its lines is no turn, `Moderator: Tom Becker, Bridge Weekly`, nor a title
  // shaped as a label seen once, `Panel: Bridges after the flood`.)
  const keyCount = new Map<string, number>();
  for (const l of lines) {
    const k = lineLabel(l)?.key.toLowerCase();
    if (k) keyCount.set(k, (keyCount.get(k) ?? 0) + 1);
  }
  const firstTurn = lines.findIndex((l, i) => {
    const label = legendLines.has(i) ? null : lineLabel(l);
    return label != null && (keyCount.get(label.key.toLowerCase()) ?? 0) >= 2 && headerLine(l) == null;
  });
  // (Above the transcript, naming two placeholders or more, each labelling two turns or more below
  // it: `Speaker 1: Tom Becker.` alone, or among the turns, is someone saying their name, and a turn
  // shaped as a pair below the legend, `TEILNEHMER 2: Die Prüfungen.`, is a turn.)
  if (firstTurn !== -1) found = found.filter((f) => f.index < firstTurn);
  if (found.length === 0 || (found.flatMap((f) => f.pairs).length < 2 && !found.some((f) => f.field))) return null;
  const last = Math.max(...found.map((f) => f.index));
  // (The labels as the turns write them, in capitals perhaps: `PANELIST 1:` below `Panelist 1: Maria Lopez`.)
  const uses = new Map<string, { key: string; n: number }>();
  for (const l of lines.slice(last + 1)) {
    const label = lineLabel(l);
    if (label) uses.set(label.key.toLowerCase(), { key: label.key, n: (uses.get(label.key.toLowerCase())?.n ?? 0) + 1 });
  }
  // (A list of who takes part, numbered roles, names those who speak once too.)
  const numbered = new RegExp(String.raw`^\s*(?:[-*•]\s+)?(?:\*\*|__)?${NUMBERED_ROLE}`, 'u');
  const pairs = found.flatMap((f) => f.pairs);
  if (!found.every((f) => f.pairs.every((p) => (uses.get(p.key.toLowerCase())?.n ?? 0) >= (numbered.test(lines[f.index]!) && !f.field ? 1 : 2)))) return null;
  if (new Set(pairs.map((p) => p.key.toLowerCase())).size !== pairs.length) return null;
  const out = [...lines];
  const speakers: Record<string, SpeakerSpec> = {};
  // (A side's word alone is shown as written, `Interviewer`, on that side; a numbered role's person on that role's side, where nothing else says it.)
  for (const p of pairs) speakers[uses.get(p.key.toLowerCase())!.key] = { name: p.name, role: /\s/.test(p.name) ? ((p.what ? roleWord(p.what) : null) ?? roleWord(p.key)) : roleWord(p.name) };
  // (A tool's legend is its markup; a list of who takes part, numbered roles, stays the intro, with what it says of them.)
  const markup = found.filter((f) => !f.field && !numbered.test(lines[f.index]!));
  for (const f of markup) out[f.index] = '';
  return { lines: out, apparatus: markup.map((f) => f.index), speakers };
}
