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
