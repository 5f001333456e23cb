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
const TIME = /^(?:time|timestamp|start|start time|begin|zeit|temps|tiempo|时间|時間)$/i;

/** A row's cells, `|` escaped as `\|` kept inside a cell. */
function cells(line: string): string[] | null {
  const t = line.trim();
  if (!t.startsWith('|')) return null;
  const parts = t.replace(/^\|/, '').replace(/\|\s*$/, '').split(/(?<!\\)\|/);
  return parts.map((c) => c.trim().replace(/\\\|/g, '|'));
}

/** The table transcript the lines hold, or null when they hold none. */
export function fromTable(source: string[]): TableTranscript | null {
  const head = source.findIndex((l, i) => {
    const c = cells(l);
    return c != null && c.some((x) => SPEAKER.test(x)) && c.some((x) => TEXT.test(x)) && /^\s*\|?\s*:?-{3,}/.test(source[i + 1] ?? '');
  });
  if (head < 0) return null;
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
    const name = c[who]?.replace(/[*_]/g, '').trim() ?? '';
    const text = c[said] ?? '';
    const time = when >= 0 && /^\[?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\]?$/.test(c[when] ?? '') ? c[when]!.replace(/^\[?|\]?$/g, '') : null;
    if (!text) {
      lines[i] = '';
      apparatus.push(i);
      continue;
    }
    if (name) speakers.add(name);
    lines[i] = `${time ? `[${time}] ` : ''}${name ? `${name}: ` : ''}${text}`;
  }
  return { lines, apparatus, speakers: [...speakers] };
}
