import { BASE, escapeHtml, stylesheet } from '../dom.ts';
import { anyOf, phraseFirst, queryPhrase, queryTerms, queryWords, rank, safeExcerpt, spellings, type Block, type PageData } from './ranking.ts';
import searchCss from './search.css?url';

/**
 * The search panel under the search field. Its code, Pagefind and the index load only when the
 * reader starts searching. A query loads the documents (bytes: bench/results/latest.md) of the two
 * best-matching interviews (those holding the query as a phrase first), ranks their turns
 * (ranking.ts) and shows the best ten; "More results" shows ten more, loading the next
 * interviews two at a time.
 */

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o: { filters: Record<string, string> }): Promise<{ results: { id: string; score: number; data(): Promise<PageData> }[] }>;
}

interface State {
  q: string;
  /** The query as searched: as typed, or with a word respelt as the interviews spell it. */
  shown: string;
  seq: number;
  speaker: string | undefined;
  terms: string[];
  interviews: { data(): Promise<PageData> }[];
  pages: PageData[];
  found: Block[];
  limit: number;
}

const FIRST_LOADED = 2;
const NEXT_LOADED = 2;
const PER_PAGE = 10;

export function setUpSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search]');
  const input = document.getElementById('search-input') as HTMLInputElement | null;
  if (!form || !input) return;
  const panel = document.createElement('div');
  panel.className = 'search-panel';
  panel.hidden = true;
  panel.innerHTML =
    '<div class="search-filters"><label>Speaker <select data-filter="speaker"><option value="">Anyone</option></select></label>' +
    '<label>Interview <select data-filter="interview"><option value="">All</option></select></label></div>' +
    '<p class="search-status" role="status" aria-live="polite"></p><ul class="search-results" role="listbox" id="search-results" aria-label="Search results"></ul>' +
    '<button type="button" class="search-more" hidden>More results</button>';
  form.append(panel);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-controls', 'search-results');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-autocomplete', 'list');
  const list = panel.querySelector<HTMLUListElement>('.search-results')!;
  const status = panel.querySelector<HTMLParagraphElement>('.search-status')!;
  const more = panel.querySelector<HTMLButtonElement>('.search-more')!;
  const selects = [...panel.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  let pagefind: Promise<Pagefind> | null = null;
  let active = -1;
  let seq = 0;
  let current: State | null = null;
  // The interview's title on every result says nothing on a site of one interview.
  let multi = true;
  /** How many interviews the site has (search-filters.json): how rare a word is among them. */
  let interviewCount = 0;

  function load(): Promise<Pagefind> {
    if (pagefind) return pagefind;
    // The filter menus' values, and the panel's stylesheet, come with the search code, not with every page.
    const values = fetch(`${BASE}search-filters.json`).then(
      (r) => (r.ok ? (r.json() as Promise<Record<string, string[]>>) : {}),
      () => ({}),
    );
    const url = `${BASE}pagefind/pagefind.js`;
    pagefind = Promise.all([import(/* @vite-ignore */ url) as Promise<Pagefind>, stylesheet(searchCss), values]).then(async ([pf, , filters]) => {
      // An interview is a container of turns: a long one that discusses a topic in many turns
      // should not rank far below a short one that mentions it once, so a light length penalty
      // (0.3 of BM25's), and repeated mentions keep counting; matches closer to the words as
      // typed weigh more than their other forms (`termSimilarity`, bench/HISTORY.md 2026-12-01).
      await pf.options({ baseUrl: '/', excerptLength: 24, ranking: { pageLength: 0.3, termSaturation: 2, termSimilarity: 3 } });
      await pf.init();
      // Menu values come from search-filters.json, not pf.filters(): see src/pages/search-filters.json.ts.
      interviewCount = ((filters as Record<string, string[]>)['interview'] ?? []).length;
      multi = interviewCount !== 1;
      for (const sel of selects) {
        const vals = (filters as Record<string, string[]>)[sel.dataset.filter!] ?? [];
        for (const v of vals) sel.append(new Option(v, v));
        sel.closest('label')!.hidden = vals.length < 2;
      }
      return pf;
    });
    return pagefind;
  }

  function close(): void {
    panel.hidden = true;
    input!.setAttribute('aria-expanded', 'false');
  }

  async function run(): Promise<void> {
    const q = input!.value.trim();
    const mine = ++seq;
    if (!q) {
      current = null;
      list.innerHTML = '';
      status.textContent = '';
      more.hidden = true;
      close();
      return;
    }
    const pf = await load();
    if (mine !== seq) return;
    panel.hidden = false; // after load(): the panel's stylesheet has arrived
    input!.setAttribute('aria-expanded', 'true');
    const filters: Record<string, string> = {};
    for (const sel of selects) if (sel.value) filters[sel.dataset.filter!] = sel.value;
    /** The interviews for the query as searched, `text`, and their turns ranked, two loaded or more while they give nothing (their match may be a word the ranking rejects); null once another query has started. */
    const search = async (text: string): Promise<State | null> => {
      // Pagefind looks for every word that carries the topic, and for the query as a phrase: the
      // interviews that hold the phrase load first. Then any of the words, if that finds nothing.
      const terms = queryTerms(text);
      const interviews = await interviewsFor(pf, terms, queryPhrase(text), filters);
      if (mine !== seq) return null;
      // The speaker filter narrows interviews in Pagefind, then turns here: a document holds every speaker of its interview.
      const st: State = { q, shown: text, seq: mine, speaker: filters['speaker'], terms, interviews, pages: [], found: [], limit: PER_PAGE };
      await fill(st, FIRST_LOADED, (x) => x.found.length > 0 || x.pages.length >= FIRST_LOADED + 2 * NEXT_LOADED);
      return mine === seq ? st : null;
    };
    let state = await search(q);
    if (!state) return;
    // (A word no turn found holds, and the index neither, word for word (Pagefind's plain search
    // matches a word it lacks by its beginning, `Dennard` by "den..."): read as the spelling one slip
    // away that the index holds, `Denard`, an automatic transcript's, and searched again; said in
    // the status line.)
    const found = state.found;
    const spelt = new Map((await Promise.all(state.terms.map(async (t, i) => [t, found.some((b) => (b.tf[i] ?? 0) > 0) ? t : await respell(pf, t, filters)] as const))).filter(([t, v]) => t !== v));
    if (mine !== seq) return;
    if (spelt.size) state = await search(q.replace(/[\p{L}\p{M}\p{N}]+/gu, (w) => spelt.get(w.toLowerCase()) ?? w));
    if (!state) return;
    current = state;
    active = -1;
    list.innerHTML = '';
    render(state, 0);
  }

  /** The interviews for the query's words, those holding its phrase first; or, where none holds them all, those holding any, rarest words first. */
  async function interviewsFor(pf: Pagefind, terms: string[], phrase: string | null, filters: Record<string, string>): Promise<State['interviews']> {
    const [every, exact] = await Promise.all([pf.search(terms.join(' '), { filters }), phrase ? pf.search(phrase, { filters }) : null]);
    const results = phraseFirst(every.results, exact?.results ?? []);
    // No interview has them all: first those whose words are rarest among the interviews
    // (an interview with the one rare word before one with a common word), then by score.
    if (!results.length && terms.length > 1) return anyOf((await Promise.all(terms.map((t) => pf.search(t, { filters })))).map((r) => r.results), interviewCount);
    return results;
  }

  /** The term as the interviews spell it: itself where the index holds it word for word, else the spelling one slip away (ranking.ts `spellings`) that most interviews hold so, if any does. */
  async function respell(pf: Pagefind, term: string, filters: Record<string, string>): Promise<string> {
    const variants = spellings(term);
    const held = async (w: string) => (await pf.search(`"${w}"`, { filters })).results.length;
    if (!variants.length || (await held(term)) > 0) return term;
    const found = await Promise.all(variants.map(async (v) => ({ v, n: await held(v) })));
    return found.reduce((a, b) => (b.n > a.n ? b : a), { v: term, n: 0 }).v;
  }

  /** Loads documents, `step` interviews at a time, until `enough(state)` or no interviews are left. */
  async function fill(state: State, step: number, enough: (s: State) => boolean): Promise<void> {
    do {
      const next = state.interviews.slice(state.pages.length, state.pages.length + step);
      if (!next.length) break;
      state.pages.push(...(await Promise.all(next.map((r) => r.data()))));
      if (state.seq !== seq) return;
      state.found = rank(state.pages, state.terms, queryWords(state.shown)).filter((r) => !state.speaker || r.speaker === state.speaker);
      step = NEXT_LOADED;
    } while (!enough(state));
  }

  /** Appends the state's results from index `from` on, and updates the status line and the More button. */
  function render(state: State, from: number): void {
    const { q, shown, found } = state;
    if (!found.length) {
      status.textContent = `No answers mention “${q}”.`;
      more.hidden = true;
      status.setAttribute('data-for', q); // rendering for this query is done
      return;
    }
    const scope = state.interviews.length > state.pages.length ? ` in the ${state.pages.length} best-matching of ${state.interviews.length} interviews` : '';
    const respelt = shown !== q ? ` for “${shown}” (no answer mentions “${q}”)` : '';
    status.textContent = `${found.length} result${found.length === 1 ? '' : 's'}${respelt}${scope}`;
    found.slice(from, state.limit).forEach((r, i) => {
      const li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.id = `search-result-${from + i}`;
      li.dataset['kind'] = r.kind;
      const href = `${r.page}?highlight=${encodeURIComponent(shown)}${r.anchor ? `#${r.anchor}` : ''}`;
      const where = [r.section, multi ? r.interview : ''].filter(Boolean).map(escapeHtml).join(' · ');
      const who = r.kind === 'section' ? `Section: ${r.title}` : r.kind === 'interview' ? `Interview: ${r.title}` : (r.speaker ?? '');
      // (Words from an interview keep their own direction: an Arabic answer reads from the right among English ones.)
      const asked = r.question ? `<span class="result-question">Asked: <bdi>${escapeHtml(r.question)}</bdi></span>` : '';
      li.innerHTML = `<a href="${escapeHtml(href)}"><bdi class="result-speaker">${escapeHtml(who)}</bdi> <span class="result-where">${where}</span>${asked}<span class="result-excerpt" dir="auto">${safeExcerpt(r.excerpt)}</span></a>`;
      list.append(li);
    });
    more.hidden = !(found.length > state.limit || state.interviews.length > state.pages.length);
    status.setAttribute('data-for', q); // rendering for this query is done
  }

  // More results: keeps the ones shown (and their order) and appends the next ten. Ranking more
  // documents can lift a result above one already shown; it then appears among the new ones
  // rather than reshuffling the list under the reader.
  more.addEventListener('click', async () => {
    const state = current;
    if (!state) return;
    const key = (r: Block) => `${r.kind} ${r.page}#${r.anchor}`;
    const shown = state.found.slice(0, state.limit);
    state.limit += PER_PAGE;
    more.disabled = true;
    await fill(state, NEXT_LOADED, (st) => st.found.filter((r) => r.kind === 'turn').length >= st.limit);
    more.disabled = false;
    if (state !== current || state.seq !== seq) return;
    const keys = new Set(shown.map(key));
    state.found = [...shown, ...state.found.filter((r) => !keys.has(key(r)))];
    render(state, shown.length);
    list.querySelector<HTMLAnchorElement>(`#search-result-${shown.length} a`)?.focus();
  });

  function move(delta: number): void {
    const items = [...list.querySelectorAll<HTMLElement>('[role=option]')];
    if (!items.length) return;
    active = (active + delta + items.length) % items.length;
    items.forEach((el, i) => el.setAttribute('aria-selected', String(i === active)));
    input!.setAttribute('aria-activedescendant', items[active]!.id);
    items[active]!.scrollIntoView({ block: 'nearest' });
  }

  // The form's no-JS target: /search/?q=... runs the query here.
  const initial = new URLSearchParams(location.search).get('q');
  if (initial && document.querySelector('[data-search-hint]')) {
    input.value = initial;
    void run();
  }
  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => void run());
  panel.addEventListener('change', () => void run());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      move(1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      move(-1);
    } else if (e.key === 'Escape') {
      input.value = '';
      void run();
    }
  });
  // A click outside the search closes its panel; focus back in opens it again.
  document.addEventListener('pointerdown', (e) => {
    if (!form.contains(e.target as Node)) close();
  });
  input.addEventListener('focus', () => {
    if (current && input.value.trim()) {
      panel.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const items = list.querySelectorAll<HTMLAnchorElement>('[role=option] a');
    const a = items[Math.max(0, active)];
    if (a) location.href = a.href;
  });
}
