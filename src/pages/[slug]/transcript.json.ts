import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { htmlText } from '../../lib/html-text.ts';

/**
 * `/<interview>/transcript.json`: the interview as data, in the shape `npm run inspect` prints
 * (title, intro, sections of turns, outro), for anyone building on the archive. What ingestion
 * removed is not in it: that is spam's own link text. Each file is made when it is written, from
 * the collections, so a large archive never holds every transcript's JSON at once.
 */
export async function getStaticPaths() {
  return (await getCollection('transcripts')).map(({ data }) => ({ params: { slug: data.slug } }));
}

let bySection: Promise<Map<string, { anchor: string; speaker: string; role: string; time?: number; html: string; order: number }[]>> | null = null;

export const GET: APIRoute = async ({ params }) => {
  bySection ??= getCollection('turns').then((turns) => Map.groupBy(turns.map((t) => t.data).sort((a, b) => a.order - b.order), (t) => `${t.transcript}/${t.section}`));
  const sections = await bySection;
  const entry = (await getCollection('transcripts', (e) => e.data.slug === params.slug))[0]!.data;
  const body = {
    title: entry.title,
    guest: entry.guest,
    interviewer: entry.interviewer,
    publication: entry.publication,
    date: entry.date,
    source: entry.source,
    lang: entry.lang,
    intro: entry.intro.map((p) => p.text),
    sections: entry.sections.map((s) => ({
      heading: s.heading,
      id: s.anchor,
      turns: (sections.get(`${entry.slug}/${s.anchor}`) ?? []).map((turn) => ({
        id: turn.anchor,
        speaker: turn.speaker,
        role: turn.role,
        ...(turn.time != null ? { time: turn.time } : {}),
        paragraphs: htmlText(turn.html).split('\n').filter((p) => p.trim() !== ''),
      })),
    })),
    outro: entry.outro.map((p) => p.text),
  };
  return new Response(JSON.stringify(body, null, 1) + '\n', { headers: { 'content-type': 'application/json' } });
};
