import type { Role, Transcript } from '../ingest/types.ts';
import { forIndex } from '../lib/index-words.ts';

/**
 * What goes into the search index: one document per interview, in which every speaker turn and
 * every section heading is a Pagefind sub-result (an element with an `id` and a
 * `data-pagefind-title`), so a result still lands on the exact answer.
 *
 * Why not one record per turn: Pagefind's cost follows its page count, and an archive has a
 * hundred and more turns per interview: as single records they took Pagefind several times the
 * time and memory that documents with sub-results take (docs/architecture.md, bench/HISTORY.md).
 * The search UI ranks the turns itself from the sub-results (src/client/search/ranking.ts).
 */

export interface SearchDocument {
  /** The interview page's URL; sub-results add `#<anchor>`. */
  url: string;
  language: string;
  meta: {
    title: string;
    url: string;
    /** Speaker name to role (JSON), so the UI can weigh answers above questions. */
    roles: string;
  };
  filters: { interview: string[]; speaker: string[] };
  /** The document body: title and intro first, then headings and turns in reading order. */
  blocks: SearchBlock[];
}

export type SearchBlock =
  | { kind: 'title'; text: string }
  | { kind: 'intro'; text: string }
  | { kind: 'section'; id: string; heading: string }
  | { kind: 'turn'; id: string; speaker: string; role: Role; paragraphs: string[] };

export function searchDocument(t: Transcript, base: string): SearchDocument {
  const url = `${base.replace(/\/?$/, '/')}${t.slug}/`;
  const blocks: SearchBlock[] = [{ kind: 'title', text: t.title }, ...t.intro.map((p) => ({ kind: 'intro' as const, text: p.text }))];
  const roles: Record<string, Role> = {};
  for (const s of t.sections) {
    if (s.heading) blocks.push({ kind: 'section', id: s.id, heading: s.heading });
    for (const turn of s.turns) {
      blocks.push({ kind: 'turn', id: turn.id, speaker: turn.speaker, role: turn.role, paragraphs: turn.paragraphs.map((p) => p.text) });
      // A name is one person: if ingestion ever gave one name two roles, the answer weight wins.
      if (roles[turn.speaker] !== 'guest') roles[turn.speaker] = turn.role;
    }
  }
  return {
    url,
    language: t.lang,
    meta: { title: t.title, url, roles: JSON.stringify(roles) },
    filters: { interview: [t.title], speaker: Object.keys(roles) },
    blocks,
  };
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
/** Indexed text: escaped, and split into words as src/lib/index-words.ts says. */
const text = (s: string) => escape(forIndex(s));

/**
 * A search document as the HTML file Pagefind's `addDirectory` reads: meta and filters as
 * `<meta>` tags (the page's URL as the `url` meta: the files' own paths mean nothing), the
 * text in the body. Why files and not `addCustomRecord`: Pagefind 1.6's service does work
 * proportional to every record already added on each call; reading a folder does not.
 */
export function documentHtml(d: SearchDocument): string {
  const meta = Object.entries(d.meta).map(([k, v]) => `<meta data-pagefind-meta="${escape(k)}[content]" content="${escape(v)}">`);
  const filters = Object.entries(d.filters).flatMap(([k, vs]) => vs.map((v) => `<meta data-pagefind-filter="${escape(k)}[content]" content="${escape(v)}">`));
  const body = d.blocks.map((b) => {
    switch (b.kind) {
      case 'title':
        return `<h1>${text(b.text)}</h1>`;
      case 'intro':
        return `<p>${text(b.text)}</p>`;
      case 'section':
        return `<h2 id="${escape(b.id)}" data-pagefind-title="${escape(b.heading)}">${text(b.heading)}</h2>`;
      case 'turn':
        return `<div id="${escape(b.id)}" data-pagefind-title="${escape(b.speaker)}">${b.paragraphs.map((p) => `<p>${text(p)}</p>`).join('')}</div>`;
    }
  });
  return `<!doctype html><html lang="${escape(d.language)}"><head>${meta.join('')}${filters.join('')}</head><body>${body.join('')}</body></html>\n`;
}
