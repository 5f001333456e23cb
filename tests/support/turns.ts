import type { IngestResult } from '../../src/ingest/index.ts';

/** Each turn as a reader sees it: its section, who, on which side, when, and its paragraphs' text. */
export const turnsOf = (r: IngestResult) => r.transcript.sections.flatMap((s) => s.turns.map((t) => ({ section: s.heading, speaker: t.speaker, role: t.role, time: t.time, paragraphs: t.paragraphs.map((p) => p.text) })));
/** Who speaks each turn, and on which side: `Maria Lopez (guest)`. */
export const who = (r: IngestResult) => turnsOf(r).map((t) => `${t.speaker} (${t.role})`);
/** Each turn: who, on which side, saying what (paragraphs apart by ` | `). */
export const spoken = (r: IngestResult) => turnsOf(r).map((t) => `${t.speaker} (${t.role}): ${t.paragraphs.join(' | ')}`);
