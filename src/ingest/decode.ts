import { IngestError, warning } from './diagnostics.ts';
import type { Diagnostic } from './types.ts';

export interface Decoded {
  text: string;
  warnings: Diagnostic[];
}

/**
 * Bytes -> normalized text: rejects empty and binary files, strips a UTF-8 BOM, reads UTF-16 by its BOM,
 * falls back to Windows-1252 (a superset of Latin-1) for invalid UTF-8, and turns
 * CRLF / CR line endings into LF so line numbers match what an editor shows, drops the
 * invisible characters copied text carries, and composes accents with their letters (NFC).
 */
export function decode(bytes: Uint8Array, file: string): Decoded {
  const warnings: Diagnostic[] = [];
  if (bytes.length === 0) {
    throw new IngestError(file, null, 'the file is empty', 'paste the transcript text into the file, or delete it');
  }
  // UTF-16 with its byte-order mark, as Windows editors save "Unicode" text: text all the same.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    let wide: string | null = null;
    try {
      wide = new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      // (Not UTF-16 after all: judged as bytes below.)
    }
    if (wide != null && !/[\0-\x08\x0e-\x1a\x1c-\x1f]/.test(wide)) return decode(new TextEncoder().encode(wide), file);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1 || controlRatio(bytes) > 0.05) {
    const line = nul === -1 ? null : lineOfOffset(bytes, nul);
    throw new IngestError(
      file,
      line,
      'the file looks binary, not text (it contains NUL or control bytes)',
      'save the transcript as plain UTF-8 text (.md or .txt)',
    );
  }
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes.subarray(start));
    const bad = firstInvalidUtf8(bytes.subarray(start));
    warnings.push(
      warning(
        file,
        bad == null ? null : lineOfOffset(bytes, bad + start),
        'the file is not valid UTF-8; it was read as Latin-1 (Windows-1252)',
        're-save the file as UTF-8',
      ),
    );
  }
  text = text.replace(/\r\n?/g, '\n');
  // A page break from a PDF's or a word processor's text (a form feed, as `pdftotext` starts each
  // page with one) and a word processor's line break inside a paragraph (a vertical tab, as Word
  // saves Shift+Enter): a line alone holding a form feed is a blank line, not words that join the
  // turns around it into one; a vertical tab between words ends the line.
  // (Unicode's own line and paragraph separators, as text copied from some apps and pages carries
  // them, end a line and a paragraph as a line feed and a blank line do: one reading everywhere, not
  // a line break for some patterns and a letter for others.)
  if (/[\u2028\u2029]/.test(text)) text = text.replace(/\u2029/g, '\n\n').replace(/\u2028/g, '\n');
  if (/[\f\v]/.test(text)) text = text.replace(/(?<=[^\s])[\f\v](?=[^\s])/g, '\n').replace(/[\f\v]/g, '');
  const repaired = repairMojibake(text);
  if (repaired.count > 0) {
    text = repaired.text;
    warnings.push(
      warning(
        file,
        repaired.line,
        `\`${repaired.example}\` stands for \`${repaired.fixed}\` (UTF-8 taken for Windows-1252 somewhere on the way): ${repaired.count} such character${repaired.count === 1 ? ' is' : 's are'} read as meant`,
        'copy the transcript again from its source, or save it as UTF-8 from a program that reads it right',
      ),
    );
  }
  // Invisible characters a web page leaves in copied text (a zero-width space, a word joiner, a
  // byte-order mark inside the text, a soft hyphen): nothing a reader sees, but `Maria Lopez\u200b:`
  // would be no label. (Joiners that shape a script, ZWJ and ZWNJ, stay.)
  if (INVISIBLE.test(text)) text = text.replace(INVISIBLES, '');
  // (And the marks that set a direction, left-to-right or right-to-left, where a label stands: at a
  // line's start and around a colon, `\u200eMaria Lopez\u200e: ...` as a chat app copies it. Inside
  // the words they may place a right-to-left text's punctuation: they stay.)
  if (DIRECTION_MARK.test(text)) text = text.replace(DIRECTION_MARKS, '$1');
  // Letters with their accents as one character, as most editors save them: text copied on a Mac
  // may write `María` as `i` and a combining accent, which reads the same but matches no name or
  // word written the other way.
  text = text.normalize('NFC');
  if (text.trim() === '') {
    throw new IngestError(file, null, 'the file contains only whitespace', 'paste the transcript text into the file, or delete it');
  }
  return { text, warnings };
}

/** What a UTF-8 continuation byte (0x80-0xBF) shows as when read as Windows-1252 (or as Latin-1, the C1 controls). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const CONTINUATION = `[${CP1252_HIGH}\\u0080-\\u00bf]`;
/** A UTF-8 sequence's bytes as Windows-1252 shows them: `â€™` for `’`, `Ã©` for `é`, `Ð¿` for `п`. */
const MOJIBAKE = new RegExp(`[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}|[\\u00f0-\\u00f4]${CONTINUATION}{3}`, 'gu');
/**
 * What such a sequence may stand for: Latin letters with accents (Vietnamese's and Romanian's too), Greek, Cyrillic, punctuation
 * (quotes, dashes), currency, ™, CJK, Hangul, emoji. Not what a text's own characters side by side
 * would make of it: `Spaß“` (ß and a German quote) would be a letter of N'Ko, `à\u00a0«` Samaritan.
 */
const MEANT = /^[\u0080-\u017f\u0192\u01a0-\u01b0\u0218-\u021b\u02c6\u02dc\u1e00-\u1eff\u0370-\u04ff\u0590-\u06ff\u0900-\u0e7f\u2000-\u206f\u20a0-\u20cf\u2100-\u215f\u2190-\u21ff\u2600-\u27bf\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef\u{1f300}-\u{1faff}]$/u;

function byteOf(ch: string): number {
  const i = CP1252_HIGH.indexOf(ch);
  return i >= 0 ? 0x80 + i : ch.charCodeAt(0);
}

/**
 * Text that was UTF-8, read once as Windows-1252 and saved again (`Itâ€™s`, `cafÃ©`), as a page's
 * text often is when it passed through a tool that guessed its encoding wrong: each such sequence
 * back to the character it was, twice over for text that went through it twice (`Ã¢â‚¬â„¢`).
 */
export function repairMojibake(text: string): { text: string; count: number; line: number | null; example: string; fixed: string } {
  let count = 0;
  let line: number | null = null;
  let example = '';
  let fixed = '';
  for (let pass = 0; pass < 3 && /[\u00c2-\u00f4]/.test(text); pass++) {
    let changed = 0;
    const before = text;
    text = text.replace(MOJIBAKE, (seq: string, offset: number) => {
      let ch: string;
      try {
        ch = utf8.decode(new Uint8Array([...seq].map(byteOf)));
      } catch {
        return seq;
      }
      if (!MEANT.test(ch)) return seq;
      if (changed++ === 0 && pass === 0) {
        line = before.slice(0, offset).split('\n').length;
        example = seq;
        fixed = ch;
      }
      return ch;
    });
    if (pass === 0) count = changed;
    if (changed === 0) break;
  }
  return { text, count, line, example, fixed };
}
const utf8 = new TextDecoder('utf-8', { fatal: true });

const DIRECTION_MARK = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/;
const DIRECTION_MARKS = /^[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]+|[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]+([:：])[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]*|(?<=[:：])[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]+/gmu;
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/;
const INVISIBLES = /[\u200b\u2060\ufeff\u00ad]/g;

function controlRatio(bytes: Uint8Array): number {
  let n = 0;
  const len = Math.min(bytes.length, 65536);
  for (let i = 0; i < len; i++) {
    const b = bytes[i]!;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) n++;
  }
  return n / len;
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number | null {
  // Binary search for the shortest failing prefix (prefix decoding fails at the first bad byte).
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
