import type { Transcript } from '../ingest/types.ts';

/**
 * What goes into the search index, one record per speaker turn (and one per section heading
 * and per interview title), so a result lands on the exact answer. Pages are not indexed
 * as HTML too: nothing appears twice in results.
 */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export function searchRecords(t: Transcript, base: string): SearchRecord[] {
  const page = `${base.replace(/\/?$/, '/')}${t.slug}/`;
  const records: SearchRecord[] = [];
  const interview = t.title;
  records.push({
    url: page,
    content: [t.title, ...t.intro.map((p) => p.text)].join('\n'),
    language: t.lang,
    meta: { title: t.title, kind: 'interview', interview, speaker: t.guest ?? '', section: '' },
    filters: { interview: [interview], kind: ['interview'] },
  });
  for (const s of t.sections) {
    if (s.heading) {
      records.push({
        url: `${page}#${s.id}`,
        content: s.heading,
        language: t.lang,
        meta: { title: s.heading, kind: 'section', interview, section: s.heading, speaker: '' },
        filters: { interview: [interview], kind: ['section'] },
      });
    }
    let question = '';
    for (const turn of s.turns) {
      const text = turn.paragraphs.map((p) => p.text).join('\n');
      records.push({
        url: `${page}#${turn.id}`,
        content: text,
        language: t.lang,
        meta: {
          title: s.heading ? `${turn.speaker}, on ${s.heading}` : turn.speaker,
          kind: 'turn',
          speaker: turn.speaker,
          role: turn.role,
          section: s.heading ?? '',
          interview,
          // One line: meta is display text (Pagefind folds its whitespace anyway).
          question: turn.role === 'guest' ? question.replace(/\s*\n\s*/g, ' ').slice(0, 240) : '',
        },
        filters: { speaker: [turn.speaker], interview: [interview], role: [turn.role], kind: ['turn'] },
      });
      if (turn.role === 'interviewer') question = text;
    }
  }
  return records;
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * A record as the small HTML document Pagefind's `addDirectory` reads: the text in the body,
 * meta and filters as `<meta>` tags, the record's URL as the `url` meta (the search UI links
 * there). Why not `addCustomRecord`: Pagefind 1.6's service does work proportional to every
 * record already added on each call, so 143k records took minutes; reading a folder does not.
 */
export function recordHtml(r: SearchRecord): string {
  const meta = Object.entries({ ...r.meta, url: r.url })
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `<meta data-pagefind-meta="${escape(k)}[content]" content="${escape(v)}">`);
  const filters = Object.entries(r.filters).flatMap(([k, vs]) => vs.map((v) => `<meta data-pagefind-filter="${escape(k)}[content]" content="${escape(v)}">`));
  const body = r.content
    .split('\n')
    .map((p) => `<p>${escape(p)}</p>`)
    .join('');
  return `<!doctype html><html lang="${escape(r.language)}"><head>${meta.join('')}${filters.join('')}</head><body>${body}</body></html>\n`;
}
