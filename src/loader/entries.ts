import type { Paragraph, Transcript, Turn } from '../ingest/types.ts';

/** Flattens one ingested transcript into the entries of the three collections. */

export interface TurnEntry {
  /** Anchor id on the interview page. */
  anchor: string;
  transcript: string;
  /** The section's anchor; its heading is in the `sections` collection and the transcript's `sections`. */
  section: string;
  order: number;
  speaker: string;
  speakerKey: string | null;
  role: Turn['role'];
  /** The turn's paragraphs as sanitized HTML (`htmlText` in src/lib/html-text.ts reads the text back). */
  html: string;
  line: number;
  /** Start time in seconds, when the transcript gives one (absent otherwise: no value stored). */
  time?: number;
}
// A turn entry holds what only it knows. Astro writes the whole store at the end of every content
// sync, at a cost in memory that grows with its values and bytes (the build's peak), so what can
// be derived is derived where it is used: an answer's question
// (src/lib/answers.ts), its section's heading, the text of its opening.

export interface SectionEntry {
  anchor: string;
  transcript: string;
  heading: string | null;
  order: number;
  line: number;
  turns: string[];
}

export interface TranscriptEntry {
  slug: string;
  file: string;
  title: string;
  guest: string | null;
  interviewer: string | null;
  publication: string | null;
  date: string | null;
  source: string | null;
  media: string | null;
  lang: string;
  intro: Paragraph[];
  outro: Paragraph[];
  sections: { anchor: string; heading: string | null }[];
  speakers: string[];
  turnCount: number;
  answerCount: number;
  wordCount: number;
  readingMinutes: number;
  /** How many lines ingestion removed; the lines themselves go to dist/removed.json. */
  removedLines: number;
}

export interface Collections {
  transcripts: { id: string; data: TranscriptEntry }[];
  sections: { id: string; data: SectionEntry }[];
  turns: { id: string; data: TurnEntry }[];
}

/** The collections, as content.config.ts names them. */
export const COLLECTIONS: (keyof Collections)[] = ['transcripts', 'sections', 'turns'];

const WORDS_PER_MINUTE = 230;

/** The entries of all three collections for one transcript. */
export function toCollections(t: Transcript): Collections {
  return { transcripts: toCollection(t, 'transcripts'), sections: toCollection(t, 'sections'), turns: toCollection(t, 'turns') };
}

/** The entries of one collection: each collection's loader builds only its own. */
export function toCollection<K extends keyof Collections>(t: Transcript, collection: K): Collections[K] {
  const entries = collection === 'turns' ? turnEntries(t) : collection === 'sections' ? sectionEntries(t) : [transcriptEntry(t)];
  return entries as Collections[K];
}

function turnEntries(t: Transcript): Collections['turns'] {
  const turns: Collections['turns'] = [];
  let order = 0;
  for (const s of t.sections) {
    for (const turn of s.turns) {
      turns.push({
        id: `${t.slug}/${turn.id}`,
        data: {
          anchor: turn.id,
          transcript: t.slug,
          section: s.id,
          order: order++,
          speaker: turn.speaker,
          speakerKey: turn.speakerKey,
          role: turn.role,
          html: turn.paragraphs.map((p) => p.html).join(''),
          line: turn.line,
          ...(turn.time != null ? { time: turn.time } : {}),
        },
      });
    }
  }
  return turns;
}

function sectionEntries(t: Transcript): Collections['sections'] {
  return t.sections.map((s, si) => ({
    id: `${t.slug}/${s.id}`,
    data: { anchor: s.id, transcript: t.slug, heading: s.heading, order: si, line: s.line, turns: s.turns.map((x) => x.id) },
  }));
}

function transcriptEntry(t: Transcript): Collections['transcripts'][number] {
  const allTurns = t.sections.flatMap((s) => s.turns);
  const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;
  let words = 0;
  for (const p of [...t.intro, ...t.outro, ...allTurns.flatMap((x) => x.paragraphs)]) words += countWords(p.text);
  return {
    id: t.slug,
    data: {
      slug: t.slug,
      file: t.file,
      title: t.title,
      guest: t.guest,
      interviewer: t.interviewer,
      publication: t.publication,
      date: t.date,
      source: t.source,
      media: t.media,
      lang: t.lang,
      intro: t.intro,
      outro: t.outro,
      sections: t.sections.map((s) => ({ anchor: s.id, heading: s.heading })),
      speakers: [...new Set(allTurns.map((x) => x.speaker))],
      turnCount: allTurns.length,
      answerCount: allTurns.filter((x) => x.role === 'guest').length,
      wordCount: words,
      readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
      removedLines: t.removed.length,
    },
  };
}
