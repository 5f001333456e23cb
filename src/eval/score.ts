import type { IngestResult, LineUse, Role } from '../ingest/index.ts';

/**
 * Scores what ingestion made of one transcript against a hand-checked reading of it (the
 * `gold.json` format: title, spam lines, intro, sections of turns, outro; see the README's
 * "Evaluating ingestion"). Pure: text in, numbers out.
 */

export interface GoldTurn {
  speaker: string;
  role: Role;
  paragraphs: string[];
}

export interface Gold {
  title: string | null;
  spam: string[];
  intro: string[];
  sections: { heading: string | null; turns: GoldTurn[] }[];
  outro: string[];
}

export type Normalize = (s: string) => string;

export interface CaseScore {
  name: string;
  /** null when ingestion accepted the file, else its one-line error. */
  error: string | null;
  spamLines: number;
  spamRemoved: number;
  realLines: number;
  realKept: number;
  /** Output paragraphs beyond the number of times the gold has that text. */
  duplicated: number;
  paragraphs: number;
  /** Gold turn paragraphs found, as whole paragraphs, in the output. */
  matched: number;
  roleRight: number;
  speakerRight: number;
  sectionRight: number;
  titleRight: boolean;
  /** Output turn paragraphs that still open with a speaker label or a timestamp. */
  residue: number;
  /** Paragraphs whose attribution ingestion reported as uncertain. */
  uncertain: number;
  /** The first few mistakes, for the report. */
  mistakes: string[];
}

const KEPT: ReadonlySet<LineUse> = new Set<LineUse>(['title', 'intro', 'heading', 'turn', 'outro', 'label']);
const TIMESTAMP = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?[\])]?/;
/** A leading `Name:`, `Name (AB):`, `[00:01] Name:` or `Q -` that should have been taken off. */
const LEADING_LABEL = /^(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*)?(?:[^\s:：]+(?:\s+[^\s:：]+){0,4}?\s*(?:\([^)]{1,12}\))?\s*[:：]|[QA]\s+[-–]\s)\s*/u;

/** The gold's per-line reading: which non-blank body lines are spam (matched in document order). */
export function goldSpamLines(input: string, gold: Gold): { spam: boolean[]; body: boolean[] } {
  const lines = input.replace(/\r\n?/g, '\n').split('\n');
  let fmEnd = -1;
  if (lines[0]?.trimEnd() === '---') {
    for (let i = 1; i < lines.length; i++) {
      const l = lines[i]!.trimEnd();
      if (l === '---' || l === '...') {
        fmEnd = i;
        break;
      }
    }
  }
  const spam = lines.map(() => false);
  const body = lines.map((l, i) => i > fmEnd && l.trim() !== '');
  let next = 0;
  for (let i = 0; i < lines.length && next < gold.spam.length; i++) {
    if (body[i] && lines[i]!.trim() === gold.spam[next]) {
      spam[i] = true;
      next++;
    }
  }
  return { spam, body };
}

export function scoreCase(name: string, input: string, gold: Gold, outcome: IngestResult | { error: string }, normalize: Normalize): CaseScore {
  const { spam, body } = goldSpamLines(input, gold);
  const goldParas = gold.sections.flatMap((s) => s.turns.flatMap((t) => t.paragraphs.map((p) => ({ text: normalize(p), speaker: t.speaker, role: t.role, heading: s.heading }))));
  const score: CaseScore = {
    name,
    error: null,
    spamLines: spam.filter(Boolean).length,
    spamRemoved: 0,
    realLines: body.filter((b, i) => b && !spam[i]).length,
    realKept: 0,
    duplicated: 0,
    paragraphs: goldParas.length,
    matched: 0,
    roleRight: 0,
    speakerRight: 0,
    sectionRight: 0,
    titleRight: false,
    residue: 0,
    uncertain: 0,
    mistakes: [],
  };
  if ('error' in outcome) {
    score.error = outcome.error;
    return score;
  }
  const { transcript: t, lineUse } = outcome;
  body.forEach((b, i) => {
    if (!b) return;
    const u = lineUse[i] ?? null;
    if (spam[i]) {
      if (!KEPT.has(u)) score.spamRemoved++;
      else if (score.mistakes.length < 40) score.mistakes.push(`line ${i + 1}: spam kept as ${u}`);
    } else if (KEPT.has(u)) score.realKept++;
    else if (score.mistakes.length < 40) score.mistakes.push(`line ${i + 1}: real line lost (${u ?? 'nothing'})`);
  });

  const ours = t.sections.flatMap((s) => s.turns.flatMap((turn) => turn.paragraphs.map((p) => ({ text: normalize(p.text), line: p.line, speaker: turn.speaker, role: turn.role, heading: s.heading }))));
  // Duplicates: any output text more often than the gold has it.
  const goldCount = new Map<string, number>();
  const count = (m: Map<string, number>, s: string) => s && m.set(s, (m.get(s) ?? 0) + 1);
  for (const s of [gold.title ?? '', ...gold.intro, ...gold.outro, ...gold.sections.map((s) => s.heading ?? '')].map(normalize)) count(goldCount, s);
  for (const p of goldParas) count(goldCount, p.text);
  const ourCount = new Map<string, number>();
  for (const s of [...t.intro.map((p) => p.text), ...t.outro.map((p) => p.text), ...t.sections.map((s) => s.heading ?? '')].map(normalize)) count(ourCount, s);
  for (const p of ours) count(ourCount, p.text);
  for (const [s, n] of ourCount) score.duplicated += Math.max(0, n - Math.max(1, goldCount.get(s) ?? 0));

  const queue = new Map<string, typeof ours>();
  for (const p of ours) {
    const q = queue.get(p.text);
    if (q) q.push(p);
    else queue.set(p.text, [p]);
  }
  const same = (a: string | null, b: string | null) => (a == null || b == null ? a === b : fold(normalize(a)) === fold(normalize(b)));
  for (const g of goldParas) {
    const o = queue.get(g.text)?.shift();
    if (!o) {
      if (score.mistakes.length < 40) score.mistakes.push(`paragraph not found whole: ${g.speaker}: "${g.text.slice(0, 70)}"`);
      continue;
    }
    score.matched++;
    if (o.role === g.role) score.roleRight++;
    if (same(o.speaker, g.speaker)) score.speakerRight++;
    else if (score.mistakes.length < 40) score.mistakes.push(`line ${o.line}: ${o.speaker} (${o.role}), gold ${g.speaker} (${g.role}): "${g.text.slice(0, 50)}"`);
    if (same(o.heading, g.heading)) score.sectionRight++;
    else if (score.mistakes.length < 40) score.mistakes.push(`line ${o.line}: in section "${o.heading}", gold "${g.heading}"`);
  }

  const goldTexts = new Set(goldParas.map((p) => p.text));
  for (const p of ours) {
    if (goldTexts.has(p.text)) continue;
    const stripped = p.text.replace(LEADING_LABEL, '').replace(TIMESTAMP, '').trim();
    if (TIMESTAMP.test(p.text) || (stripped !== p.text && goldTexts.has(stripped))) {
      score.residue++;
      if (score.mistakes.length < 40) score.mistakes.push(`line ${p.line}: label or timestamp left in "${p.text.slice(0, 50)}"`);
    }
  }

  const ourTitle = outcome.titleFrom === 'file name' || outcome.titleFrom === 'page title' ? null : t.title;
  score.titleRight = same(ourTitle, gold.title);
  if (!score.titleRight) score.mistakes.push(`title "${ourTitle}", gold "${gold.title}"`);
  score.uncertain = outcome.uncertain.length;
  return score;
}

/** Curly and straight apostrophes and letter case do not make two names different people. */
function fold(s: string): string {
  return s.replace(/[’‘]/g, "'").toLowerCase();
}

export interface Pooled {
  cases: number;
  accepted: number;
  spamRecall: number;
  realKept: number;
  duplicated: number;
  roleAccuracy: number;
  speakerAccuracy: number;
  sectionAccuracy: number;
  titlesRight: number;
  residue: number;
  uncertain: number;
}

/** Figures pooled over every line and paragraph of every case (a refused file counts as all wrong). */
export function pool(scores: CaseScore[]): Pooled {
  const sum = (f: (s: CaseScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const paragraphs = sum((s) => s.paragraphs);
  return {
    cases: scores.length,
    accepted: scores.filter((s) => s.error == null).length,
    spamRecall: ratio(sum((s) => s.spamRemoved), sum((s) => s.spamLines)),
    realKept: ratio(sum((s) => s.realKept), sum((s) => s.realLines)),
    duplicated: sum((s) => s.duplicated),
    roleAccuracy: ratio(sum((s) => s.roleRight), paragraphs),
    speakerAccuracy: ratio(sum((s) => s.speakerRight), paragraphs),
    sectionAccuracy: ratio(sum((s) => s.sectionRight), paragraphs),
    titlesRight: scores.filter((s) => s.titleRight).length,
    residue: sum((s) => s.residue),
    uncertain: sum((s) => s.uncertain),
  };
}
