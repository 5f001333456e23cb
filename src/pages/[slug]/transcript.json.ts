import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { htmlText } from '../../lib/html-text.ts';

/**
 * `/<interview>/transcript.json`: the interview as data, in the shape `npm run inspect` prints
 * (title, intro, sections of turns, outro), for anyone building on the archive. What ingestion
 * removed is not in it: that is spam's own link text.
 */
export async function getStaticPaths() {
  const [transcripts, turns] = await Promise.all([getCollection('transcripts'), getCollection('turns')]);
  const bySection = Map.groupBy(
    turns.map((t) => t.data).sort((a, b) => a.order - b.order),
    (t) => `${t.transcript}/${t.section}`,
  );
  return transcripts.map(({ data: t }) => ({
    params: { slug: t.slug },
    props: {
      body: {
        title: t.title,
        guest: t.guest,
        interviewer: t.interviewer,
        publication: t.publication,
        date: t.date,
        source: t.source,
        lang: t.lang,
        intro: t.intro.map((p) => p.text),
        sections: t.sections.map((s) => ({
          heading: s.heading,
          id: s.anchor,
          turns: (bySection.get(`${t.slug}/${s.anchor}`) ?? []).map((turn) => ({
            id: turn.anchor,
            speaker: turn.speaker,
            role: turn.role,
            ...(turn.time != null ? { time: turn.time } : {}),
            paragraphs: htmlText(turn.html).split('\n').filter((p) => p.trim() !== ''),
          })),
        })),
        outro: t.outro.map((p) => p.text),
      },
    },
  }));
}

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.body, null, 1) + '\n', { headers: { 'content-type': 'application/json' } });
