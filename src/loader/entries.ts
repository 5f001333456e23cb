import type { Paragraph, Transcript, Turn } from '../ingest/types.ts';

/** Flattens one ingested transcript into the entries of the three collections. */

export interface TurnEntry {
  /** Anchor id on the interview page. */
  anchor: string;
  transcript: string;
  section: string;
  sectionHeading: string | null;
  order: number;
  speaker: string;
  speakerKey: string | null;
  role: Turn['role'];
  paragraphs: string[];
  html: string;
  line: number;
  /**
   * For a guest's answer: the interviewer turn just before it, the question it answers. Only its
   * anchor (its entry is `<transcript>/<anchor>`): copying its text here would store every
   * question twice, and the stored collections are read back whole on every build.
   */
  question: { anchor: string; speaker: string } | null;
}

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

const WORDS_PER_MINUTE = 230;

export function toCollections(t: Transcript): Collections {
  const turns: Collections['turns'] = [];
  const sections: Collections['sections'] = [];
  let order = 0;
  let words = 0;
  const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;
  for (const p of [...t.intro, ...t.outro]) words += countWords(p.text);
  t.sections.forEach((s, si) => {
    let prev: Turn | null = null;
    for (const turn of s.turns) {
      for (const p of turn.paragraphs) words += countWords(p.text);
      const q: Turn | null = prev;
      turns.push({
        id: `${t.slug}/${turn.id}`,
        data: {
          anchor: turn.id,
          transcript: t.slug,
          section: s.id,
          sectionHeading: s.heading,
          order: order++,
          speaker: turn.speaker,
          speakerKey: turn.speakerKey,
          role: turn.role,
          paragraphs: turn.paragraphs.map((p) => p.text),
          html: turn.paragraphs.map((p) => p.html).join(''),
          line: turn.line,
          question: turn.role === 'guest' && q && q.role === 'interviewer' ? { anchor: q.id, speaker: q.speaker } : null,
        },
      });
      prev = turn;
    }
    sections.push({
      id: `${t.slug}/${s.id}`,
      data: { anchor: s.id, transcript: t.slug, heading: s.heading, order: si, line: s.line, turns: s.turns.map((x) => x.id) },
    });
  });
  const allTurns = t.sections.flatMap((s) => s.turns);
  return {
    transcripts: [
      {
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
      },
    ],
    sections,
    turns,
  };
}
