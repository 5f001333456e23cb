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
          question: turn.role === 'guest' ? question.slice(0, 240) : '',
        },
        filters: { speaker: [turn.speaker], interview: [interview], role: [turn.role], kind: ['turn'] },
      });
      if (turn.role === 'interviewer') question = text;
    }
  }
  return records;
}
