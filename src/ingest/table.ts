import { lineLabel } from './labels.ts';
import { decodeEntities } from './text.ts';

/**
 * A transcript exported as a table (a notes app, a spreadsheet pasted as Markdown): a header row
 * naming a speaker column and a text column, perhaps a time column, then one row per turn:
 *
 *   | Time     | Speaker     | Text                  |
 *   | -------- | ----------- | --------------------- |
 *   | 00:00:01 | Maria Lopez | What was the hardest… |
 *
 * Each row becomes the line `[00:00:01] Maria Lopez: What was the hardest…`, which the parser
 * reads as a timestamped label, on its own line number; the header and the separator become
 * blank lines (`apparatus`), so every line stays accounted for.
 */
export interface TableTranscript {
  lines: string[];
  /** 0-based lines of the table's header and separator rows. */
  apparatus: number[];
  /** Everyone in the speaker column: speakers for certain. */
  speakers: string[];
}

const SPEAKER = /^(?:speaker|speakers|name|who|person|sprecher(?:in)?|locuteur|intervenant|hablante|orador|发言人|话者|話者)$/i;
const TEXT = /^(?:text|transcript|transcription|words|content|utterance|what was said|said|dialogue|texte|texto|inhalt|内容|文本)$/i;
const TIME = /^(?:time|timestamp|start|start time|start_time|begin|zeit|temps|tiempo|时间|時間)$/i;

/** A row's cells, `|` escaped as `\|` kept inside a cell. */
function cells(line: string): string[] | null {
  const t = line.trim();
  if (!t.startsWith('|')) return null;
  const parts = t.replace(/^\|/, '').replace(/\|\s*$/, '').split(/(?<!\\)\|/);
  return parts.map((c) => c.trim().replace(/\\\|/g, '|'));
}

/** A clock time in a cell, `0:05`, `00:01:02.5`; a video editor's timecode too, its frames after the seconds, `00:01:02:15`, as Simon Says and Premiere Pro export a table. */
const CLOCK_CELL = /^\[?\d{1,2}:\d{2}(?::\d{2}(?:[:;]\d{2})?)?(?:[.,]\d+)?\]?$/;
const SECONDS_CELL = /^\d{1,6}(?:\.\d{1,3})?$/;

/** A CSV row's cells (quoted cells may hold commas and doubled quotes), or null when its quotes do not close. */
function csvCells(line: string): string[] | null {
  const out: string[] = [];
  let cell = '';
  /** The cell so far is spaces alone (kept apart: trimming it at each quote would read a long cell again and again). */
  let blank = true;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && blank) {
      quoted = true;
      cell = '';
      blank = false;
    } else if (ch === ',') {
      out.push(cell.trim());
      cell = '';
      blank = true;
    } else {
      cell += ch;
      if (blank && ch.trim() !== '') blank = false;
    }
  }
  if (quoted) return null;
  out.push(cell.trim());
  return out;
}

/**
 * One row as the line the parser reads (`[00:00:01] Maria Lopez: What was...`), on the row's own
 * line; a row without words becomes apparatus. A time that is no clock is left out.
 */
function writeRow(out: { lines: string[]; apparatus: number[]; speakers: Set<string> }, i: number, who: string, said: string, time: string): void {
  if (!said) {
    out.lines[i] = '';
    out.apparatus.push(i);
    return;
  }
  // (A name cell may close with the label's colon, `Maria Lopez:<TAB>...`: one colon, not two.)
  // (Emphasis around it, not inside it: `SPEAKER_00` keeps its underscore.)
  // (Inside the emphasis or after it: `**Maria Lopez:**`, `__Maria Lopez__:`.)
  const name = who.trim().replace(/\s*[:：]$/u, '').replace(/^[*_]+|[*_]+$/g, '').trim().replace(/\s*[:：]$/u, '');
  const clock = CLOCK_CELL.test(time) ? time.replace(/^\[?|\]?$/g, '') : null;
  if (name) out.speakers.add(name);
  // (The side after the name, as the words' cell opens, `Tom Becker | Host: Welcome...`: the name's
  // side, in parentheses, as a label states it, `Tom Becker (Host):`, not words.)
  const side = name ? /^(host|co-host|guest|moderator|interviewer|panell?ist)\s*[:：]\s+(?=\S)/iu.exec(said) : null;
  const words = side ? said.slice(side[0].length) : said;
  const label = name ? (words === said ? `${name}: ` : `${name} (${side![1]}): `) : '';
  // (A cell run over lines is one line's words.)
  out.lines[i] = `${clock ? `[${clock}] ` : ''}${label}${words.replace(/\s*\n\s*/g, ' ')}`;
}

/** `83.5` seconds as `00:01:23`. */
function clockOf(seconds: number): string {
  const t = Math.floor(seconds);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(t / 3600))}:${pad(Math.floor(t / 60) % 60)}:${pad(t % 60)}`;
}

/**
 * A transcript exported as delimited rows, a spreadsheet's or a tool's (`00:00:01<TAB>Maria
 * Lopez<TAB>What was...`, or CSV under a header `start,end,speaker,text`): one row per turn.
 * Tab-separated rows (or rows apart by ` | `) need no header: the column of a few short names that repeat is the speaker,
 * the one of times the time, the longest the words. CSV needs its header (its commas are words too).
 */
function fromDelimited(source: string[]): TableTranscript | null {
  let filled = source.map((l, i) => [l, i] as const).filter(([l]) => l.trim() !== '');
  // (A CSV cell in quotes may run over lines, `"My father was a carpenter,` / `and I grew up..."`:
  // one row, on its first line; the lines it runs over are the row's too, read as markup. Only
  // under a CSV header naming the speaker and text columns.)
  const continued: number[] = [];
  if (csvHeader(filled[0]?.[0]) && !filled.some(([l]) => l.includes('\t')) && filled.some(([l]) => csvCells(l) == null)) {
    const joined: (readonly [string, number])[] = [];
    for (let k = 0; k < source.length; k++) {
      if (source[k]!.trim() === '') continue;
      const { row, end } = csvRecord(source, k);
      joined.push([row, k]);
      for (let c = k + 1; c <= end; c++) continued.push(c);
      k = end;
    }
    filled = joined;
  }
  if (filled.length < 3) return null;
  // (Or cells apart by a bar between spaces, `Maria Lopez | What was...`, a table written without
  // Markdown's borders: read as tabs are.)
  // (Every line from the first so set: a title or a line of intro above them stays as it is, `Spans 12`.)
  const barLine = (l: string) => / \| /.test(l) && !/^\s*\|/.test(l);
  const firstBarred = filled.findIndex(([l]) => barLine(l));
  const barred = firstBarred !== -1 && filled.length - firstBarred >= 3 && filled.slice(firstBarred).every(([l]) => barLine(l));
  const withTabs = filled.filter(([l]) => l.includes('\t'));
  // (Half the file's lines or more, the rows; most of the rest above or below them.)
  const tabbed = barred || (withTabs.length >= 3 && withTabs.length >= 0.5 * filled.length);
  const split = (l: string) => (barred ? l.split(/\s+\|\s+/).map((c) => c.trim()) : tabbed ? l.split('\t').map((c) => c.trim()) : csvCells(l));
  // A spreadsheet's rows pasted under a title or a line of intro (`# Bridge interview`), or above
  // a note or a link: the rows are the lines with tabs, from the first to the last; the lines
  // above and below them stay as they are.
  const top = barred ? firstBarred : tabbed ? filled.indexOf(withTabs[0]!) : 0;
  // (A few lines between them without a tab, a part's heading, `## The early years`, one in ten
  // rows at most, or one: they stay as they are, between the turns.)
  let block = filled.slice(top, tabbed && !barred ? filled.indexOf(withTabs.at(-1)!) + 1 : filled.length);
  let between = 0;
  if (tabbed && !barred) {
    between = block.filter(([l]) => !l.includes('\t')).length;
    if (between > Math.max(1, 0.1 * block.length)) return null;
    block = block.filter(([l]) => l.includes('\t'));
  }
  if (block.length < 3) return null;
  const first = split(block[0]![0]);
  if (!first || first.length < 2) return null;
  const named = (re: RegExp) => first.findIndex((x) => re.test(x));
  let who = named(SPEAKER);
  let said = named(TEXT);
  let when = named(TIME);
  const header = who >= 0 && said >= 0;
  if (!tabbed && !header) return null;
  const rows = block.slice(header ? 1 : 0).map(([l, i]) => [split(l), i] as const);
  if (rows.some(([c]) => !c || c.length !== first.length)) return null;
  const column = (k: number) => rows.map(([c]) => c![k] ?? '');
  if (!header) {
    const read = columnsByValue(first.length, column, rows.length);
    if (!read) return null;
    ({ who, said, when } = read);
  }
  // (Lines between rows whose names end with a colon, `Adam:<TAB>En este...` above a paragraph
  // going on: labels set apart by a tab, which the label reader reads, not a table's rows.)
  if (between > 0 && rows.filter(([c]) => /[:：]$/.test(c![who] ?? '')).length >= 0.5 * rows.length) return null;
  const lines = [...source];
  const apparatus: number[] = [];
  if (header) {
    lines[block[0]![1]] = '';
    apparatus.push(block[0]![1]);
  }
  for (const k of continued) {
    lines[k] = '';
    apparatus.push(k);
  }
  const speakers = new Set<string>();
  for (const [c, i] of rows) {
    const t = when >= 0 ? c![when]! : '';
    writeRow({ lines, apparatus, speakers }, i, c![who]!, c![said]!, SECONDS_CELL.test(t) && header ? clockOf(Number(t)) : t);
  }
  return speakers.size ? { lines, apparatus, speakers: [...speakers] } : null;
}

/**
 * Which column is which, read from the values (`column(k)`, over `rows` rows): the longest is the
 * words, one of clock times only the time, and one of a few short names that repeat the speaker.
 */
function columnsByValue(width: number, column: (k: number) => string[], rows: number): { who: number; said: number; when: number } | null {
  const widths = Array.from({ length: width }, (_, k) => column(k).reduce((n, v) => n + v.length, 0) / rows);
  const said = widths.indexOf(Math.max(...widths));
  // A row whose name (and time) cells are empty goes on with the turn above it, as a spreadsheet
  // sets a turn's second paragraph; the first row and most others are filled.
  const filledMostly = (values: string[], cell: (v: string) => boolean) => values[0] !== '' && values.every((v) => v === '' || cell(v)) && values.filter((v) => v !== '').length * 2 >= values.length;
  const when = widths.findIndex((_, k) => k !== said && filledMostly(column(k), (v) => CLOCK_CELL.test(v)));
  const who = widths.findIndex((_, k) => {
    if (k === said || k === when) return false;
    const values = column(k);
    const distinct = new Set(values.filter((v) => v !== ''));
    return filledMostly(values, (v) => v.length <= 40 && /^\p{L}/u.test(v.replace(/^[*_]+/, ''))) && distinct.size <= Math.max(2, rows / 2);
  });
  return who < 0 ? null : { who, said, when };
}

/**
 * Where a CSV under a header naming its speaker and text columns opens a quoted cell that never
 * closes (`Tom Becker,"Why timber?` and no closing quote in the 50 lines after it, as far as a
 * cell is read over lines): its 0-based line, or null.
 */
export function unclosedCsvQuote(source: string[]): number | null {
  const first = source.findIndex((l) => l.trim() !== '');
  if (first < 0 || !csvHeader(source[first])) return null;
  for (let k = first + 1; k < source.length; k++) {
    if (csvCells(source[k]!) != null) continue;
    const { end, closed } = csvRecord(source, k);
    if (!closed) return k;
    k = end;
  }
  return null;
}

/** A CSV header naming the speaker and text columns (`start,end,speaker,text`, in quotes too). */
function csvHeader(line: string | undefined): boolean {
  const cells = line == null ? null : csvCells(line);
  return cells != null && cells.some((x) => SPEAKER.test(x)) && cells.some((x) => TEXT.test(x));
}

/** The CSV row that opens on line `k`: run over the lines after it while a quoted cell is open, 50 at most; its last line, and whether its quotes close. */
function csvRecord(source: string[], k: number): { row: string; end: number; closed: boolean } {
  let row = source[k]!;
  let end = k;
  while (csvCells(row) == null && end + 1 < source.length && end - k < 50) row += `\n${source[++end]}`;
  return { row, end, closed: csvCells(row) != null };
}

/** The table transcript the lines hold, or null when they hold none. */
export function fromTable(source: string[]): TableTranscript | null {
  return fromMarkdownTable(source) ?? fromHtmlTable(source) ?? fromDelimited(source) ?? fromLoneRows(source);
}

/**
 * Each turn a table's row of its own, the name and the words, between blank lines, no header and
 * no separator (`| **Tom Becker** | Welcome... |`), as a converter sets a page's table: each row
 * becomes the line `Tom Becker: Welcome...`. Only where the rows shape the file: two names or
 * more that speak twice, a sixth of its lines, the speaker changing from row to row more often
 * than not, words, not figures, and nothing else in the file labelled.
 */
function fromLoneRows(source: string[]): TableTranscript | null {
  const rows: [number, string, string][] = [];
  for (let i = 0; i < source.length; i++) {
    if (!source[i]!.trimStart().startsWith('|') || (i > 0 && source[i - 1]!.trim() !== '') || (source[i + 1] ?? '').trim() !== '') continue;
    const c = cells(source[i]!);
    if (c?.length !== 2) continue;
    const name = c[0]!.replace(/^[*_]+|[*_]+$/g, '').trim();
    if (!LONE_ROW_NAME.test(name) || !c[1]) continue;
    rows.push([i, name, c[1]]);
  }
  if (rows.length < 4) return null;
  const count = new Map<string, number>();
  for (const [, n] of rows) count.set(n, (count.get(n) ?? 0) + 1);
  const changes = rows.filter(([, n], k) => k > 0 && n !== rows[k - 1]![1]).length;
  const words = rows.reduce((n, [, , w]) => n + w.split(/\s+/).length, 0) / rows.length;
  const filled = source.filter((l) => l.trim() !== '').length;
  if ([...count.values()].filter((n) => n >= 2).length < 2 || changes < 0.5 * (rows.length - 1) || words < 3 || rows.length < filled / 6) return null;
  const at = new Set(rows.map(([i]) => i));
  if (source.some((l, i) => !at.has(i) && lineLabel(l) != null)) return null;
  const out = { lines: [...source], apparatus: [] as number[], speakers: new Set<string>() };
  for (const [i, name, said] of rows) writeRow(out, i, name, said, '');
  return { lines: out.lines, apparatus: out.apparatus, speakers: [...out.speakers] };
}
/** A name in a row's first cell: one to four words from a capital. */
const LONE_ROW_NAME = /^\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+\p{L}[\p{L}\p{M}'’.\-]*){0,3}$/u;

/** A cell's words: its tags gone (a line break a space), its entities as the characters they stand for. */
function cellText(html: string): string {
  const text = html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

/**
 * A page's source holding the transcript as an HTML table, a row per turn (`<tr><td>Maria
 * Lopez</td><td>What was...</td></tr>`, over lines too): each row becomes the line the parser
 * reads, on the row's first line; the table's other lines, and a header row, become blank lines
 * (`apparatus`). The columns are named by a header row (`<th>Speaker</th><th>Text</th>`) or read
 * from their values, as a Markdown table's without names are: two names or more that speak
 * twice, the speaker changing from row to row more often than not, words, not figures, a third
 * column only of times; and nothing else in the file labelled.
 */
function fromHtmlTable(source: string[]): TableTranscript | null {
  const open = source.findIndex((l) => /<table\b/i.test(l));
  if (open < 0) return null;
  const close = source.findIndex((l, i) => i >= open && /<\/table\s*>/i.test(l));
  if (close < 0 || source.slice(close + 1).some((l) => /<table\b/i.test(l))) return null;
  if (source.some((l, i) => (i < open || i > close) && lineLabel(l) != null)) return null;
  // Rows, each from the line its `<tr>` opens on.
  const rows: { line: number; end: number; cells: string[]; header: boolean }[] = [];
  for (let i = open; i <= close; i++) {
    const at = source[i]!.search(/<tr\b/i);
    if (at < 0) continue;
    let j = i;
    let html = source[i]!.slice(at);
    while (!/<\/tr\s*>/i.test(html) && j < close && !/<tr\b/i.test(source[j + 1]!)) html += `\n${source[++j]}`;
    const cells = [...html.matchAll(/<t([dh])\b[^>]*>([\s\S]*?)(?=<\/t[dh]\s*>|<t[dh]\b|<\/tr\s*>|$)/gi)];
    rows.push({ line: i, end: j, cells: cells.map((m) => cellText(m[2]!)), header: cells.length > 0 && cells.every((m) => m[1]!.toLowerCase() === 'h') });
    i = j;
  }
  // (A header row in `<th>` cells, or in `<td>` cells naming the speaker and the text columns.)
  const headerRow = rows[0] && (rows[0].header || (rows[0].cells.some((x) => SPEAKER.test(x)) && rows[0].cells.some((x) => TEXT.test(x)))) ? rows[0] : null;
  const body = rows.filter((r) => r !== headerRow);
  const width = body[0]?.cells.length ?? 0;
  if (body.length < 3 || (width !== 2 && width !== 3) || body.some((r) => r.cells.length !== width)) return null;
  let read: { who: number; said: number; when: number } | null;
  if (headerRow && headerRow.cells.some((x) => SPEAKER.test(x)) && headerRow.cells.some((x) => TEXT.test(x))) {
    read = { who: headerRow.cells.findIndex((x) => SPEAKER.test(x)), said: headerRow.cells.findIndex((x) => TEXT.test(x)), when: headerRow.cells.findIndex((x) => TIME.test(x)) };
  } else {
    read = columnsByValue(width, (k) => body.map((r) => r.cells[k] ?? ''), body.length);
    if (!read || (width === 3 && read.when < 0)) return null;
  }
  const names = body.map((r) => r.cells[read.who] ?? '');
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  const changes = names.filter((n, k) => k > 0 && n !== names[k - 1]).length;
  const words = body.reduce((n, r) => n + (r.cells[read.said] ?? '').split(/\s+/).length, 0) / body.length;
  if ([...count.entries()].filter(([n, c]) => n !== '' && c >= 2).length < 2 || changes < 0.5 * (names.length - 1) || words < 3) return null;
  const lines = [...source];
  const apparatus: number[] = [];
  const speakers = new Set<string>();
  const rowLines = new Set(body.map((r) => r.line));
  for (let i = open; i <= close; i++) {
    if (rowLines.has(i)) continue;
    lines[i] = '';
    apparatus.push(i);
  }
  for (const r of body) writeRow({ lines, apparatus, speakers }, r.line, r.cells[read.who] ?? '', r.cells[read.said] ?? '', read.when >= 0 ? (r.cells[read.when] ?? '') : '');
  return { lines, apparatus: apparatus.sort((a, b) => a - b), speakers: [...speakers] };
}

function fromMarkdownTable(source: string[]): TableTranscript | null {
  const head = source.findIndex((l, i) => {
    const c = cells(l);
    return c != null && c.some((x) => SPEAKER.test(x)) && c.some((x) => TEXT.test(x)) && /^\s*\|?\s*:?-{3,}/.test(source[i + 1] ?? '');
  });
  if (head < 0) return fromQuestionTable(source) ?? fromNameTable(source);
  const header = cells(source[head]!)!;
  const who = header.findIndex((x) => SPEAKER.test(x));
  const said = header.findIndex((x) => TEXT.test(x));
  const when = header.findIndex((x) => TIME.test(x));
  const lines = [...source];
  const apparatus = [head, head + 1];
  lines[head] = '';
  lines[head + 1] = '';
  const speakers = new Set<string>();
  for (let i = head + 2; i < source.length; i++) {
    const c = cells(source[i]!);
    if (!c) break;
    writeRow({ lines, apparatus, speakers }, i, c[who] ?? '', c[said] ?? '', when >= 0 ? (c[when] ?? '') : '');
  }
  return { lines, apparatus, speakers: [...speakers] };
}

const QUESTION = /^(?:questions?|q|frage|fragen|pregunta|preguntas|domanda|domande|pergunta|perguntas|vraag|vragen|fråga|pytanie|вопрос|问题|問題|質問|질문)$/i;
const ANSWER = /^(?:answers?|a|antwort|antworten|respuesta|respuestas|réponse|réponses|risposta|risposte|resposta|respostas|antwoord|antwoorden|svar|odpowiedź|ответ|回答|答え|답변)$/i;

/**
 * A Q&A set as a table of two columns, the question and its answer on one row (`| Question |
 * Answer |`): each row becomes the line `Q: ... A: ...`, which the parser reads as two turns.
 */
function fromQuestionTable(source: string[]): TableTranscript | null {
  const head = source.findIndex((l, i) => {
    const c = cells(l);
    return c != null && c.some((x) => QUESTION.test(x.replace(/[*_]/g, ''))) && c.some((x) => ANSWER.test(x.replace(/[*_]/g, ''))) && /^\s*\|?\s*:?-{3,}/.test(source[i + 1] ?? '');
  });
  if (head < 0) return null;
  const header = cells(source[head]!)!.map((x) => x.replace(/[*_]/g, ''));
  const asked = header.findIndex((x) => QUESTION.test(x));
  const answered = header.findIndex((x) => ANSWER.test(x));
  let end = head + 2;
  while (end < source.length && cells(source[end]!)) end++;
  // (Only where nothing else in the file is labelled: a table in someone's answer is their words.)
  if (source.some((l, i) => (i < head || i >= end) && lineLabel(l) != null)) return null;
  const lines = [...source];
  const apparatus = [head, head + 1];
  lines[head] = '';
  lines[head + 1] = '';
  for (let i = head + 2; i < end; i++) {
    const c = cells(source[i]!)!;
    const q = c[asked] ?? '';
    const a = c[answered] ?? '';
    if (!q && !a) {
      lines[i] = '';
      apparatus.push(i);
    } else lines[i] = [q && `Q: ${q}`, a && `A: ${a}`].filter(Boolean).join(' ');
  }
  return { lines, apparatus, speakers: [] };
}

/** A Markdown table's separator row: `|---|---|`, `| :-- | --: |`. */
const SEPARATOR = /^\s*\|?\s*:?-{3,}/;

/**
 * A table of turns whose columns have no names (`| Tom Becker | Welcome... |` above the separator,
 * as an editor makes a table's first row its header): the columns are read from their values, as
 * tab-separated rows' are, and the first row is a turn where its name speaks in the rows below,
 * else the columns' header. Only where two names or more speak twice in it, the speaker changes
 * from row to row more often than not, its words are more than figures, a third column holds
 * times, and nothing else in the file is labelled.
 */
function fromNameTable(source: string[]): TableTranscript | null {
  const head = source.findIndex((l, i) => cells(l) != null && SEPARATOR.test(source[i + 1] ?? ''));
  if (head < 0) return null;
  let end = head + 2;
  while (end < source.length && cells(source[end]!)) end++;
  const first = cells(source[head]!)!;
  const body = source.slice(head + 2, end).map((l, k) => [cells(l)!, head + 2 + k] as const);
  if (body.length < 2 || (first.length !== 2 && first.length !== 3) || body.some(([c]) => c.length !== first.length)) return null;
  if (source.some((l, i) => (i < head || i >= end) && lineLabel(l) != null)) return null;
  const read = columnsByValue(first.length, (k) => body.map(([c]) => c[k] ?? ''), body.length);
  if (!read) return null;
  // (A third column only of times: `| 2019 | Bonn | two bridges |` is data.)
  if (first.length === 3 && read.when < 0) return null;
  const bare = (v: string) => v.replace(/[*_]/g, '').trim();
  const turn = body.some(([c]) => bare(c[read.who]!) === bare(first[read.who]!));
  // (Turns: two names or more that speak twice, the speaker changing from row to row more often
  // than not, and words, not figures.)
  const names = [...(turn ? [first] : []), ...body.map(([c]) => c)].map((c) => bare(c[read.who]!));
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  const changes = names.filter((n, k) => k > 0 && n !== names[k - 1]).length;
  const words = body.reduce((n, [c]) => n + c[read.said]!.split(/\s+/).length, 0) / body.length;
  if ([...count.values()].filter((n) => n >= 2).length < 2 || changes < 0.5 * (names.length - 1) || words < 3) return null;
  const lines = [...source];
  const apparatus = [head + 1];
  lines[head + 1] = '';
  const speakers = new Set<string>();
  const write = (c: string[], i: number) => writeRow({ lines, apparatus, speakers }, i, c[read.who]!, c[read.said]!, read.when >= 0 ? c[read.when]! : '');
  if (turn) write(first, head);
  else {
    lines[head] = '';
    apparatus.push(head);
  }
  for (const [c, i] of body) write(c, i);
  return { lines, apparatus: apparatus.sort((a, b) => a - b), speakers: [...speakers] };
}
