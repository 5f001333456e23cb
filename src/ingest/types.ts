/** Shared types of the ingestion pipeline: clean -> parse -> ids. */

export type Role = 'interviewer' | 'guest' | 'other';

/** A line ingestion removed, with why. `line` is 1-based in the source file. */
export interface Removal {
  line: number;
  text: string;
  kind: 'spam' | 'chrome';
  reason: string;
}

/** One paragraph of transcript text. `text` is plain text, `html` is sanitized HTML. */
export interface Paragraph {
  line: number;
  text: string;
  html: string;
  /** In the intro: the publisher speaking to its readers ("available as a podcast"), not the interview's preface. */
  note?: true;
}

export interface Turn {
  /** Stable, human-readable anchor id, unique within the transcript. */
  id: string;
  /** Key used to label the speaker in the text (e.g. "SA"), or null for an unlabelled speaker. */
  speakerKey: string | null;
  speaker: string;
  role: Role;
  paragraphs: Paragraph[];
  /** Line of the first paragraph. */
  line: number;
  /** Start time in seconds, when the transcript gives one (a timestamp with the label). */
  time: number | null;
}

export interface Section {
  id: string;
  /** null for the implicit section of a transcript without headings. */
  heading: string | null;
  line: number;
  turns: Turn[];
}

export interface TranscriptMeta {
  title: string;
  guest: string | null;
  interviewer: string | null;
  publication: string | null;
  date: string | null;
  source: string | null;
  /** The recording: an audio or video file, or the page it plays on (http(s)). */
  media: string | null;
  lang: string;
}

export interface Transcript extends TranscriptMeta {
  slug: string;
  /** Line of the title in the text, or null when it came from front matter or the file name. */
  titleLine: number | null;
  file: string;
  intro: Paragraph[];
  sections: Section[];
  outro: Paragraph[];
  removed: Removal[];
  warnings: Diagnostic[];
}

export interface Diagnostic {
  severity: 'error' | 'warning';
  file: string;
  /** 1-based line, or null when the problem is the whole file. */
  line: number | null;
  message: string;
  fix: string;
}
