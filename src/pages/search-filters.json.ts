import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

/**
 * The values of the search filters (speakers, interviews), for the search panel's menus.
 * Pagefind can list them itself, but once its filter index is loaded it counts results per
 * filter value on every search: seconds per query on a 1,000-interview archive. This file keeps
 * plain searches fast; Pagefind loads a filter only when the reader picks one.
 * Values match the filters in src/search/records.ts.
 */
export const GET: APIRoute = async () => {
  const transcripts = await getCollection('transcripts');
  const collator = new Intl.Collator('en');
  const speaker = [...new Set(transcripts.flatMap((t) => t.data.speakers))].sort(collator.compare);
  const interview = [...new Set(transcripts.map((t) => t.data.title))].sort(collator.compare);
  return new Response(JSON.stringify({ speaker, interview }), { headers: { 'content-type': 'application/json' } });
};
