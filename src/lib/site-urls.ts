import { getCollection } from 'astro:content';
import { answerUrl, interviewUrl, url } from './urls.ts';

/** Every page's path (base included), answer pages too: how crawlers reach answers. */
export async function allPagePaths(): Promise<string[]> {
  const [transcripts, answers] = await Promise.all([getCollection('transcripts'), getCollection('turns', (t) => t.data.role === 'guest')]);
  return [url(), url('topics/'), ...transcripts.map((t) => interviewUrl(t.data.slug)), ...answers.map((t) => answerUrl(t.data.transcript, t.data.anchor))];
}
