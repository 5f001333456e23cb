// Progressive enhancement only: every page reads completely without this file.
// Copy-link buttons, current-section marking, j/k between turns, and search, whose code
// and index load only when the reader starts searching.
(() => {
  const script = document.currentScript;
  const base = new URL('./', script ? script.src : location.href).pathname;
  const live = document.createElement('div');
  live.id = 'announcer';
  live.className = 'visually-hidden';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');

  const TURNS = 'div.turn[id]';
  const ready = (fn) => (document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', fn) : fn());
  ready(() => {
    document.body.append(live);
    if (document.querySelector(`${TURNS}, .answer-page`)) stylesheet('enhance.css').then(addCopyButtons);
    markCurrentSection();
    highlightTarget();
    setUpSearch();
  });

  // Resolves when the stylesheet has loaded (or failed: the page still works unstyled).
  function stylesheet(name) {
    return new Promise((resolve) => {
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: base + name });
      link.onload = link.onerror = resolve;
      document.head.append(link);
    });
  }

  function announce(text) {
    live.textContent = '';
    setTimeout(() => (live.textContent = text), 30);
  }

  async function copy(text, button) {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = document.createElement('textarea');
      area.value = text;
      document.body.append(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    const label = button.textContent;
    button.textContent = 'Copied';
    announce('Link copied to the clipboard');
    setTimeout(() => (button.textContent = label), 1500);
  }

  // Built in small idle-time chunks so a long interview stays responsive while it loads.
  function addCopyButtons() {
    const turns = [...document.querySelectorAll(TURNS)];
    const idle = window.requestIdleCallback || ((fn) => setTimeout(() => fn({ timeRemaining: () => 8 }), 1));
    const step = (deadline) => {
      while (turns.length && deadline.timeRemaining() > 1) decorate(turns.shift());
      if (turns.length) idle(step);
    };
    idle(step);
    addAnswerPageButton();
  }

  function decorate(turn) {
    // The speaker's name becomes the permalink ("#" shows on hover and focus). The name's element
    // stays in place (its text moves into the link), so nothing holding it is left detached.
    const row = turn.querySelector('.speaker');
    row.replaceChildren(Object.assign(document.createElement('a'), { href: '#' + turn.id, textContent: row.textContent }));
    const anchor = new URL('#' + turn.id, location.href);
    anchor.search = '';
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'copy-link';
    b.textContent = 'Copy link';
    b.setAttribute('aria-label', `Copy link to this turn by ${row.textContent}`);
    b.addEventListener('click', () => copy(anchor.href, b));
    const tools = [b];
    if (turn.classList.contains('guest')) {
      const page = document.createElement('a');
      page.className = 'answer-link';
      page.href = `${turn.id}/`;
      page.textContent = 'Answer page';
      tools.push(page);
      const s = document.createElement('button');
      s.type = 'button';
      s.className = 'copy-link';
      s.textContent = 'Share'; // short enough for the name and all three controls to share one line on a phone
      s.setAttribute('aria-label', 'Share: copy the link to this answer’s own page, which previews in chats and social posts');
      s.addEventListener('click', () => copy(new URL(page.getAttribute('href'), location.href).href, s));
      tools.push(s);
    }
    row.after(...tools);
  }

  function addAnswerPageButton() {
    const answer = document.querySelector('.answer-page');
    if (answer) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'copy-link copy-link--page';
      b.textContent = 'Copy link to this answer';
      // The page's own address as the reader sees it, whatever the build knew of its host.
      b.addEventListener('click', () => copy(location.origin + location.pathname, b));
      answer.querySelector('.in-context').append(' ', b);
    }
  }

  function markCurrentSection() {
    const links = new Map([...document.querySelectorAll('.toc a')].map((a) => [a.hash.slice(1), a]));
    if (!links.size || !('IntersectionObserver' in window)) return;
    const headings = [...document.querySelectorAll('.section h2[id]')];
    const visible = new Set();
    const update = () => {
      let current = null;
      for (const h of headings) if (h.getBoundingClientRect().top < window.innerHeight * 0.35) current = h.id;
      for (const [id, a] of links) a.setAttribute('aria-current', id === current ? 'true' : 'false');
    };
    const io = new IntersectionObserver((entries) => {
      for (const e of entries) (e.isIntersecting ? visible.add : visible.delete).call(visible, e.target);
      update();
    });
    headings.forEach((h) => io.observe(h));
    addEventListener('scroll', () => requestAnimationFrame(update), { passive: true });
    update();
  }

  // j / k: next / previous turn. `/` and Ctrl/Cmd-K: search.
  addEventListener('keydown', (e) => {
    const t = e.target;
    const typing = t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
    if ((e.key === 'k' && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !typing)) {
      const input = document.getElementById('search-input');
      if (input) {
        e.preventDefault();
        input.focus();
        input.select();
      }
      return;
    }
    if (typing || e.ctrlKey || e.metaKey || e.altKey || (e.key !== 'j' && e.key !== 'k')) return;
    const turns = [...document.querySelectorAll(TURNS)];
    if (!turns.length) return;
    const offset = document.querySelector('.site-header')?.offsetHeight ?? 0;
    let i = turns.findIndex((el) => el.getBoundingClientRect().top > offset + 8);
    if (i === -1) i = turns.length;
    const focusedTurn = document.activeElement?.closest?.(TURNS);
    const from = focusedTurn ? turns.indexOf(focusedTurn) : e.key === 'j' ? i - 1 : i;
    const next = turns[Math.max(0, Math.min(turns.length - 1, from + (e.key === 'j' ? 1 : -1)))];
    e.preventDefault();
    next.setAttribute('tabindex', '-1');
    next.focus({ preventScroll: true });
    next.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    history.replaceState(null, '', '#' + next.id);
  });

  // Marks the searched words inside the answer a result led to.
  function highlightTarget() {
    const params = new URLSearchParams(location.search);
    const q = params.get('highlight');
    // A malformed fragment (`#%E0%A4%A`) names nothing; it must not stop the rest of the page's script.
    let id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      id = '';
    }
    const target = id && document.getElementById(id);
    if (target && target.matches(TURNS)) target.classList.add('is-target');
    if (!q || !target) return;
    const terms = q.toLowerCase().split(/\s+/).filter((w) => w.length > 1).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    if (!terms.length) return;
    const re = new RegExp(`(${terms.join('|')})`, 'giu');
    // Only the turn's own words: not the speaker's name or the buttons beside it.
    const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.parentElement.closest('.speaker, button, .answer-link') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    for (const node of nodes) {
      const parts = node.nodeValue.split(re);
      if (parts.length < 2) continue;
      const frag = document.createDocumentFragment();
      parts.forEach((part, i) => {
        if (i % 2 === 1) {
          const m = document.createElement('mark');
          m.textContent = part;
          frag.append(m);
        } else if (part) frag.append(part);
      });
      node.replaceWith(frag);
    }
  }

  function setUpSearch() {
    const form = document.querySelector('[data-search]');
    const input = document.getElementById('search-input');
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
    const list = panel.querySelector('.search-results');
    const status = panel.querySelector('.search-status');
    const more = panel.querySelector('.search-more');
    let pagefind = null;
    let active = -1;
    let seq = 0;

    async function load() {
      if (pagefind) return pagefind;
      // The filter menus' values, and the panel's stylesheet, come with the search code, not with every page.
      const values = fetch(`${base}search-filters.json`).then((r) => (r.ok ? r.json() : {}), () => ({}));
      pagefind = Promise.all([import(`${base}pagefind/pagefind.js`), stylesheet('search.css'), values]).then(async ([pf, , filters]) => {
        // Pagefind ranks whole interviews (one document each); turns are ranked below, in rank().
        // An interview is a container of turns: a long one that discusses a topic in many turns
        // should not rank below a short one that mentions it once, so no length penalty, and
        // repeated mentions keep counting.
        await pf.options({ baseUrl: '/', excerptLength: 24, ranking: { pageLength: 0, termSaturation: 2 } });
        await pf.init();
        // Menu values come from search-filters.json, not pf.filters(): see src/pages/search-filters.json.ts.
        for (const sel of panel.querySelectorAll('select[data-filter]')) {
          const values = filters[sel.dataset.filter] ?? [];
          for (const v of values) sel.append(new Option(v, v));
          sel.closest('label').hidden = values.length < 2;
        }
        return pf;
      });
      return pagefind;
    }

    const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
    // Excerpts come from transcript text: keep only Pagefind's <mark>, escape everything else.
    const safeExcerpt = (html) => escapeHtml(html.replace(/<mark>/g, '\u0001').replace(/<\/mark>/g, '\u0002').replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')).replace(/\u0001/g, '<mark>').replace(/\u0002/g, '</mark>');

    // A query loads the documents (15 to 20 KB each) of the two best-matching interviews, ranks
    // their turns and shows the best ten. "More results" shows ten more, loading the next
    // interviews, two at a time, until there are enough. The status line says how many interviews
    // the results come from when more match.
    const FIRST_LOADED = 2;
    const NEXT_LOADED = 2;
    const PER_PAGE = 10;
    // BM25 over turns, tuned against tests/fixtures/queries.json: length matters little (a short
    // interjection, "Oh, right. ... Zillow", should not outrank the answer that discusses the
    // topic), and a guest's answer counts double against a question that repeats the same words.
    const K1 = 1.6;
    const B = 0.1;
    const GUEST = 2;
    const QUESTION = 0.5;
    const norm = (w) => w.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const prefix = (a, b) => {
      let i = 0;
      while (i < a.length && i < b.length && a[i] === b[i]) i++;
      return i;
    };
    // The query word a matched word stands for. Pagefind stems, and can match a long query word
    // against a one-letter indexed word ("x"): such a match counts for nothing.
    const termOf = (word, terms) => {
      const w = norm(word);
      let best = -1;
      let len = 0;
      terms.forEach((t, i) => {
        const p = prefix(w, t);
        const ok = w === t || (p >= 3 && w.length >= 3 && t.length >= 3) || (p === Math.min(w.length, t.length) && Math.abs(w.length - t.length) <= 2 && p >= 2);
        if (ok && p > len) (best = i), (len = p);
      });
      return best;
    };

    /**
     * Turns (and headings, and interviews' introductions) of the loaded documents that match,
     * best first. Pagefind ranks whole interviews; within them each turn is an anchor, and its
     * score is computed here from the matched words' positions.
     */
    function rank(pages, terms) {
      terms = terms.map(norm).filter(Boolean);
      const blocks = [];
      for (const page of pages) {
        const words = page.content.split(/[^\S\uFEFF]+/); // as Pagefind counts word positions
        let roles = {};
        try {
          roles = JSON.parse(page.meta.roles || '{}');
        } catch {}
        const excerpts = new Map(page.sub_results.map((s) => [s.anchor?.id ?? '', s.excerpt]));
        const anchors = page.anchors.filter((a) => a.title && /\S/.test(a.title)).sort((a, b) => a.location - b.location);
        const url = page.meta.url || page.url;
        const first = { kind: 'interview', anchor: '', title: page.meta.title, start: 0, section: '' };
        let section = '';
        const mine = [first, ...anchors.map((a) => {
          const heading = /^h\d$/i.test(a.element);
          if (heading) section = a.title;
          return heading ? { kind: 'section', anchor: a.id, title: a.title, start: a.location, section: '' } : { kind: 'turn', anchor: a.id, speaker: a.title, role: roles[a.title] || 'other', start: a.location, section };
        })];
        mine.forEach((b, i) => {
          b.end = mine[i + 1]?.start ?? words.length;
          b.tf = terms.map(() => 0);
          b.page = url;
          b.interview = page.meta.title;
          b.excerpt = excerpts.get(b.anchor) ?? '';
          b.words = words;
        });
        let i = 0;
        for (const { location } of [...page.weighted_locations].sort((a, b) => a.location - b.location)) {
          while (i + 1 < mine.length && mine[i + 1].start <= location) i++;
          const t = termOf(words[location] ?? '', terms);
          if (t >= 0) mine[i].tf[t]++;
        }
        blocks.push(...mine);
      }
      const turns = blocks.filter((b) => b.kind === 'turn');
      const avg = turns.reduce((n, b) => n + (b.end - b.start), 0) / Math.max(1, turns.length);
      const idf = terms.map((_, t) => {
        const df = turns.filter((b) => b.tf[t] > 0).length;
        return Math.log(1 + (turns.length - df + 0.5) / (df + 0.5));
      });
      const bm25 = (b) => {
        const len = (b.end - b.start) / (avg || 1);
        return b.tf.reduce((s, tf, t) => s + (idf[t] * tf * (K1 + 1)) / (tf + K1 * (1 - B + B * len)), 0);
      };
      for (const b of blocks) b.own = bm25(b);
      // An answer also earns half of its question's score: asked about a topic, the reader wants
      // the answer, even when the answer no longer repeats the question's words.
      blocks.forEach((b, i) => {
        const q = blocks[i - 1];
        b.score = b.kind === 'turn' && b.role === 'guest' ? GUEST * (b.own + (q?.kind === 'turn' && q.role === 'interviewer' && q.page === b.page ? QUESTION * q.own : 0)) : b.own;
        if (!b.excerpt && b.score > 0) b.excerpt = escapeHtml(b.words.slice(b.start, Math.min(b.end, b.start + 24)).join(' ')) + (b.end - b.start > 24 ? ' …' : '');
      });
      const order = { turn: 0, section: 1, interview: 2 };
      return blocks.filter((b) => b.score > 0).sort((a, b) => order[a.kind] - order[b.kind] || b.score - a.score);
    }

    // The query on screen: Pagefind's interviews, the documents loaded so far, and how many results show.
    let current = null;

    async function run() {
      const q = input.value.trim();
      const mine = ++seq;
      if (!q) {
        current = null;
        list.innerHTML = '';
        status.textContent = '';
        more.hidden = true;
        panel.hidden = true;
        input.setAttribute('aria-expanded', 'false');
        return;
      }
      const pf = await load();
      if (mine !== seq) return;
      panel.hidden = false; // after load(): the panel's stylesheet has arrived
      input.setAttribute('aria-expanded', 'true');
      const filters = {};
      for (const sel of panel.querySelectorAll('select[data-filter]')) if (sel.value) filters[sel.dataset.filter] = sel.value;
      const search = await pf.search(q, { filters });
      if (mine !== seq) return;
      // The speaker filter narrows interviews in Pagefind, then turns here: a document holds every
      // speaker of its interview.
      const state = { q, seq: mine, speaker: filters.speaker, terms: q.toLowerCase().split(/\s+/).filter(Boolean), interviews: search.results, pages: [], found: [], limit: PER_PAGE };
      // Two interviews, or more while they give nothing (their match may be a word the ranking rejects).
      await fill(state, FIRST_LOADED, (st) => st.found.length > 0 || st.pages.length >= FIRST_LOADED + 2 * NEXT_LOADED);
      if (mine !== seq) return;
      current = state;
      active = -1;
      list.innerHTML = '';
      render(state, 0);
    }

    /** Loads documents, `step` interviews at a time, until `enough(state)` or no interviews are left. */
    async function fill(state, step, enough) {
      do {
        const next = state.interviews.slice(state.pages.length, state.pages.length + step);
        if (!next.length) break;
        state.pages.push(...(await Promise.all(next.map((r) => r.data()))));
        if (state.seq !== seq) return;
        state.found = rank(state.pages, state.terms).filter((r) => !state.speaker || r.speaker === state.speaker);
        step = NEXT_LOADED;
      } while (!enough(state));
    }

    /** Appends the state's results from index `from` on, and updates the status line and the More button. */
    function render(state, from) {
      const { q, found } = state;
      if (!found.length) {
        status.textContent = `No answers mention “${q}”.`;
        more.hidden = true;
        status.setAttribute('data-for', q); // rendering for this query is done
        return;
      }
      const scope = state.interviews.length > state.pages.length ? ` in the ${state.pages.length} best-matching of ${state.interviews.length} interviews` : '';
      status.textContent = `${found.length} result${found.length === 1 ? '' : 's'}${scope}`;
      found.slice(from, state.limit).forEach((r, i) => {
        const li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.id = `search-result-${from + i}`;
        li.dataset.kind = r.kind;
        const href = `${r.page}?highlight=${encodeURIComponent(q)}${r.anchor ? '#' + r.anchor : ''}`;
        const where = [r.section, r.interview].filter(Boolean).map(escapeHtml).join(' · ');
        const who = r.kind === 'section' ? `Section: ${r.title}` : r.kind === 'interview' ? `Interview: ${r.title}` : r.speaker;
        li.innerHTML = `<a href="${escapeHtml(href)}"><span class="result-speaker">${escapeHtml(who)}</span> <span class="result-where">${where}</span><span class="result-excerpt">${safeExcerpt(r.excerpt)}</span></a>`;
        list.append(li);
      });
      more.hidden = !(found.length > state.limit || state.interviews.length > state.pages.length);
      status.setAttribute('data-for', q); // rendering for this query is done
    }

    // More results: keeps the ones shown (and their order) and appends the next ten. Ranking
    // more documents can lift a result above one already shown; it then appears among the new
    // ones rather than reshuffling the list under the reader.
    more.addEventListener('click', async () => {
      const state = current;
      if (!state) return;
      const key = (r) => `${r.kind} ${r.page}#${r.anchor}`;
      const shown = state.found.slice(0, state.limit);
      state.limit += PER_PAGE;
      more.disabled = true;
      await fill(state, NEXT_LOADED, (st) => st.found.filter((r) => r.kind === 'turn').length >= st.limit);
      more.disabled = false;
      if (state !== current || state.seq !== seq) return;
      const keys = new Set(shown.map(key));
      state.found = [...shown, ...state.found.filter((r) => !keys.has(key(r)))];
      render(state, shown.length);
      list.querySelector(`#search-result-${shown.length} a`)?.focus();
    });

    function move(delta) {
      const items = [...list.querySelectorAll('[role=option]')];
      if (!items.length) return;
      active = (active + delta + items.length) % items.length;
      items.forEach((el, i) => el.setAttribute('aria-selected', String(i === active)));
      input.setAttribute('aria-activedescendant', items[active].id);
      items[active].scrollIntoView({ block: 'nearest' });
    }

    // The form's no-JS target: /search/?q=... runs the query here.
    const initial = new URLSearchParams(location.search).get('q');
    if (initial && document.querySelector('[data-search-hint]')) {
      input.value = initial;
      run();
    }
    input.addEventListener('focus', load, { once: true });
    input.addEventListener('input', run);
    panel.addEventListener('change', run);
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown') (e.preventDefault(), move(1));
      else if (e.key === 'ArrowUp') (e.preventDefault(), move(-1));
      else if (e.key === 'Escape') {
        input.value = '';
        run();
      }
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const items = list.querySelectorAll('[role=option] a');
      const a = items[Math.max(0, active)];
      if (a) location.href = a.href;
    });
  }
})();
