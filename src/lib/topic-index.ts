import { getCollection } from 'astro:content';
import { htmlText } from './html-text.ts';
import { extractTopics, type Topic } from '../search/topics.ts';

/**
 * The topic index as the pages need it, computed once per build: `/topics/` and every
 * `/topics/<topic>/` page share it.
 *
 * The index page lists every topic with its first MENTIONS_INLINE mentions; a topic mentioned
 * more often gets its own page with all of them, grouped by interview. Listing every mention on
 * one page does not scale: on a 1,000-interview archive that page had 139,000 links (24 MB).
 */
export const MENTIONS_INLINE = 5;

export interface Mention {
  transcript: string;
  anchor: string;
  speaker: string;
  sectionHeading: string | null;
}

export interface TopicIndex {
  topics: Topic[];
  mention(ref: string): Mention;
  title(slug: string): string;
  interviews: number;
}

let built: Promise<TopicIndex> | null = null;

export function topicIndex(): Promise<TopicIndex> {
  return (built ??= build());
}

async function build(): Promise<TopicIndex> {
  const [transcripts, turns] = await Promise.all([getCollection('transcripts'), getCollection('turns')]);
  const titles = new Map(transcripts.map((t) => [t.data.slug, t.data.title]));
  const headings = new Map(transcripts.flatMap((t) => t.data.sections.map((s) => [`${t.data.slug}/${s.anchor}`, s.heading])));
  const byRef = new Map(turns.map((t) => [t.id, t.data]));
  const topics = extractTopics(turns.map((t) => ({ ref: t.id, text: htmlText(t.data.html) })));
  return {
    topics,
    mention: (ref) => {
      const { transcript, anchor, speaker, section } = byRef.get(ref)!;
      return { transcript, anchor, speaker, sectionHeading: headings.get(`${transcript}/${section}`) ?? null };
    },
    title: (slug) => titles.get(slug) ?? slug,
    interviews: transcripts.length,
  };
}

/** Whether a topic has its own page (it has more mentions than the index lists). */
export const hasPage = (topic: Topic) => topic.refs.length > MENTIONS_INLINE;
