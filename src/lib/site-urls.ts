import { getCollection } from 'astro:content';
import { hasPage, topicIndex } from './topic-index.ts';
import { answerUrl, interviewUrl, url } from './urls.ts';
import { hasOwnPageHtml } from './answers.ts';

/** Every page's path (base included), answer and topic pages too: how crawlers reach answers. */
export async function allPagePaths(): Promise<string[]> {
  const [transcripts, answers, topics] = await Promise.all([getCollection('transcripts'), getCollection('turns', (t) => t.data.role === 'guest'), topicIndex()]);
  return [
    url(),
    url('topics/'),
    ...topics.topics.filter(hasPage).map((t) => url(`topics/${t.slug}/`)),
    ...transcripts.map((t) => interviewUrl(t.data.slug)),
    ...answers.filter((t) => hasOwnPageHtml(t.data.html)).map((t) => answerUrl(t.data.transcript, t.data.anchor)),
  ];
}
