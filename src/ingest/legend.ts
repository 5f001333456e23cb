import type { SpeakerSpec } from './frontmatter.ts';
import { lineLabel, NAME_WORDS, roleWord } from './labels.ts';

/** A transcription tool's placeholder: `Speaker 1`, `Speaker A`, `SPEAKER_00`, `spk_0`. */
// (And as tools write it in other languages: `Sprecher 1`, `Locuteur 1`, `Intervenant 1`, `Hablante 1`, `Orador 1`, `Spreker 1`...)
const PLACEHOLDER = String.raw`(?:[Ss]peaker|SPEAKER|[Ss]precher(?:in)?|[Ll]ocuteur|[Ii]ntervenante?|[Hh]ablante|[Oo]radora?|[Ll]ocutora?|[Oo]ratore|[Oo]ratrice|[Ss]preker|[Mm]ówca|[Tt]alare|[Pp]uhuja|[Kk]onuşmacı)[ _]?(?:\d{1,2}|[A-Z])|spk_\d{1,2}`;
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
  const mention = /speaker|spk_|sprecher|locut|intervenant|hablante|orador|oratore|oratrice|spreker|mówca|talare|puhuja|konuşmacı/i;
  if (!lines.some((l) => mention.test(l))) return null;
  const found: { index: number; pairs: { key: string; name: string; what: string | null }[] }[] = [];
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
  if (found.length === 0) return null;
  // (Above the transcript, naming two placeholders or more, each labelling two turns or more below
  // it: `Speaker 1: Tom Becker.` alone, or among the turns, is someone saying their name.)
  const last = Math.max(...found.map((f) => f.index));
  if (found.flatMap((f) => f.pairs).length < 2) return null;
  const legendLines = new Set(found.map((f) => f.index));
  const firstTurn = lines.findIndex((l, i) => !legendLines.has(i) && lineLabel(l) != null);
  if (firstTurn !== -1 && firstTurn < last) return null;
  const uses = new Map<string, number>();
  for (const l of lines.slice(last + 1)) {
    const label = lineLabel(l);
    if (label) uses.set(label.key, (uses.get(label.key) ?? 0) + 1);
  }
  const pairs = found.flatMap((f) => f.pairs);
  if (!pairs.every((p) => (uses.get(p.key) ?? 0) >= 2)) return null;
  if (new Set(pairs.map((p) => p.key)).size !== pairs.length) return null;
  const out = [...lines];
  const speakers: Record<string, SpeakerSpec> = {};
  // (A side's word alone is shown as written, `Interviewer`, on that side.)
  for (const p of pairs) speakers[p.key] = { name: p.name, role: /\s/.test(p.name) ? (p.what ? roleWord(p.what) : null) : roleWord(p.name) };
  for (const f of found) out[f.index] = '';
  return { lines: out, apparatus: found.map((f) => f.index), speakers };
}
