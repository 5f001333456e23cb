import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { absolute, answerUrl, interviewUrl, url } from '../lib/urls.ts';

/** Every page, answer pages included: how crawlers reach answers, which reader pages link only with JavaScript. */
export const GET: APIRoute = async ({ site }) => {
  const [transcripts, answers] = await Promise.all([getCollection('transcripts'), getCollection('turns', (t) => t.data.role === 'guest')]);
  const urls = [url(), url('topics/'), ...transcripts.map((t) => interviewUrl(t.data.slug)), ...answers.map((t) => answerUrl(t.data.transcript, t.data.anchor))];
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `<url><loc>${esc(absolute(u, site))}</loc></url>`).join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'content-type': 'application/xml' } });
};
