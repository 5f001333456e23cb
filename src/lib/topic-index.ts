import { getCollection } from 'astro:content';
import { clip } from './clip.ts';
import { htmlText } from './html-text.ts';
import { extractTopics, type Topic } from '../search/topics.ts';

/**
 * The topic index as the pages need it, computed once per build: `/topics/` and every
 * `/topics/<topic>/` page share it.
 *
 * The index page lists every topic with its first MENTIONS_INLINE mentions; a topic mentioned
 * more often gets its own page with all of them, grouped by interview. Listing every mention on
 * one page does not scale: on a 1,000-interview archive that page was tens of megabytes (bench/HISTORY.md).
 */
export const MENTIONS_INLINE = 5;

export interface Mention {
  transcript: string;
  anchor: string;
  speaker: string;
  role: string;
  order: number;
  sectionHeading: string | null;
  /** The sentence of the turn that names the topic, clipped: what tells one mention from another. */
  snippet: string;
}

export interface TopicIndex {
  topics: Topic[];
  mention(ref: string, topic?: string): Mention;
  /** A topic's mentions as lists show them: by interview, answers first, then in reading order; the first `limit` of them. */
  mentions(topic: Topic, limit?: number): Mention[];
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
  // A snippet reads its turn's text again when a page shows it: holding every turn's text for the
  // whole render would cost the build's peak memory more than reading it again costs time.
  const mention = (ref: string, topic?: string): Mention => {
    const { transcript, anchor, speaker, section, role, order, html } = byRef.get(ref)!;
    return { transcript, anchor, speaker, role, order, sectionHeading: headings.get(`${transcript}/${section}`) ?? null, snippet: topic ? snippetOf(around(html, topic), topic) : '' };
  };
  const interviewOrder = new Map(transcripts.map((t, i) => [t.data.slug, i]));
  return {
    topics,
    mention,
    mentions: (topic, limit = Infinity) =>
      // Ordered on what the entries hold; the snippets (which read each turn's text) only for those shown.
      topic.refs
        .map((ref) => [ref, byRef.get(ref)!] as const)
        .sort(([, a], [, b]) => interviewOrder.get(a.transcript)! - interviewOrder.get(b.transcript)! || Number(a.role !== 'guest') - Number(b.role !== 'guest') || a.order - b.order)
        .slice(0, limit)
        .map(([ref]) => mention(ref, topic.name)),
    title: (slug) => titles.get(slug) ?? slug,
    interviews: transcripts.length,
  };
}

/**
 * The text of a turn's HTML around the first place it names `topic` (or its surname): a few
 * hundred characters, not the whole turn, which may run to thousands of words.
 */
function around(html: string, topic: string): string {
  const lower = html.toLowerCase();
  let at = lower.indexOf(topic.toLowerCase());
  if (at === -1) at = lower.indexOf(topic.split(' ').at(-1)!.toLowerCase());
  if (at === -1) return htmlText(html.slice(0, 600).replace(/<[^>]*$/, ''));
  const window = html.slice(Math.max(0, at - 400), at + 400).replace(/^[^<]*?>/, (m) => (m.includes('<') ? m : '')).replace(/<[^>]*$/, '');
  return htmlText(window);
}

/** The sentence of `text` that names `topic` (or its surname), cut to about 160 characters around it. */
export function snippetOf(text: string, topic: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const lower = flat.toLowerCase();
  let at = lower.indexOf(topic.toLowerCase());
  if (at === -1) at = lower.indexOf(topic.split(' ').at(-1)!.toLowerCase());
  if (at === -1) return clip(flat, 160);
  const start = Math.max(flat.lastIndexOf('. ', at) + 1, flat.lastIndexOf('? ', at) + 1, flat.lastIndexOf('! ', at) + 1, 0);
  const ends = ['. ', '? ', '! '].map((p) => flat.indexOf(p, at)).filter((i) => i !== -1);
  const end = ends.length ? Math.min(...ends) + 1 : flat.length;
  let sentence = flat.slice(start, end).trim();
  if (sentence.length > 160) {
    const from = Math.max(0, at - start - 60);
    sentence = `${from > 0 ? '…' : ''}${clip(sentence.slice(from), 150)}`;
  }
  return sentence;
}

/** Whether a topic has its own page (it has more mentions than the index lists). */
export const hasPage = (topic: Topic) => topic.refs.length > MENTIONS_INLINE;
