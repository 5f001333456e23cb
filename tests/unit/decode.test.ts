import { describe, expect, it } from 'vitest';
import { decode } from '../../src/ingest/decode.ts';
import { errorOf } from '../support/errors.ts';

const bytes = (s: string) => new TextEncoder().encode(s);


describe('decode', () => {
  it('rejects an empty file, naming it and the fix', () => {
    const e = errorOf(() => decode(new Uint8Array(), 'content/interviews/a.md'));
    expect(e.message).toMatch(/^content\/interviews\/a\.md: error: the file is empty\. Fix: /);
  });
  it('rejects whitespace only', () => {
    expect(errorOf(() => decode(bytes(' \n\t\n  '), 'a.md')).message).toContain('only whitespace');
  });
  it('rejects binary bytes and names the line of the first NUL', () => {
    const e = errorOf(() => decode(new Uint8Array([0x61, 0x0a, 0x62, 0x0a, 0x00, 0x01, 0x02]), 'b.txt'));
    expect(e.diagnostic.line).toBe(3);
    expect(e.message).toContain('looks binary');
  });
  it('strips a UTF-8 BOM and normalizes CRLF and CR line endings', () => {
    const d = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('one\r\ntwo\rthree\n')]), 'c.md');
    expect(d.text).toBe('one\ntwo\nthree\n');
    expect(d.warnings).toEqual([]);
  });
  it('reads Latin-1 bytes as Windows-1252, keeps every character, and warns with the line', () => {
    const d = decode(new Uint8Array([...bytes('first\nCaf'), 0xe9, ...bytes(' cr'), 0xe8, ...bytes('me\n')]), 'd.txt');
    expect(d.text).toBe('first\nCafé crème\n');
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]!.line).toBe(2);
    expect(d.warnings[0]!.fix).toMatch(/UTF-8/);
  });
  it('reads UTF-16 by its byte-order mark, little- or big-endian, as Windows editors save "Unicode" text', () => {
    const text = 'Tom Becker: Où ?\r\nMaria Lopez: 橋 – 1961.\r\n';
    const le = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]);
    for (const b of [le, be]) expect(decode(b, 'u.txt')).toEqual({ text: 'Tom Becker: Où ?\nMaria Lopez: 橋 – 1961.\n', warnings: [] });
  });
  it('still rejects binary bytes behind a UTF-16 byte-order mark', () => {
    expect(errorOf(() => decode(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x00, 0x00, 0x01, 0x00]), 'b.txt')).message).toContain('looks binary');
  });
  it('reads UTF-8 that was taken for Windows-1252 and saved again as meant, and says so with the line', () => {
    // What a copy through a tool that guessed the encoding wrong makes of quotes, dashes, accents, Cyrillic and CJK.
    const d = decode(bytes('Tom Becker: Fine.\nMaria López: Itâ€™s â€œfineâ€\x9d â€” cafÃ©, ÐŸÑ€Ð¸Ð²ÐµÑ‚, ä¸­æ–‡.\n'), 'm.md');
    expect(d.text).toBe('Tom Becker: Fine.\nMaria López: It’s “fine” — café, Привет, 中文.\n');
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]!.line).toBe(2);
    expect(d.warnings[0]!.message).toContain('`â€™` stands for `’`');
    expect(d.warnings[0]!.message).toContain('13 such characters');
  });
  it('so for Vietnamese’s and Romanian’s letters (`Viá»‡t`, `È™i`), which lie outside Latin-1', () => {
    for (const text of ['Maria: Tôi là người Việt.\n', 'Maria: Știință și țară.\n']) {
      const garbled = new TextDecoder('windows-1252').decode(bytes(text));
      expect(decode(bytes(garbled), 'v.md').text).toBe(text);
    }
  });
  it('reads text that went through it twice, and a file whose UTF-8 was read as Windows-1252 for one stray byte', () => {
    expect(decode(bytes('Maria: Ã¢â‚¬Å“CafÃƒÂ©Ã¢â‚¬\u009d, she said.\n'), 't.md').text).toBe('Maria: “Café”, she said.\n');
    const d = decode(new Uint8Array([...bytes('Tom: It’s fine.\nMaria: Caf'), 0xe9, ...bytes(' crème.\n')]), 's.md');
    expect(d.text).toBe('Tom: It’s fine.\nMaria: Café crème.\n');
  });
  it('leaves letters and quotes side by side as they are where they make no character together', () => {
    // (`ß“` would be N’Ko, `à\u00a0«` Samaritan, `É…` Latin Extended-B: never what a copy meant.)
    for (const text of ['Maria: „Das macht Spaß“, sagt sie, „groß“.\n', 'Maria: Il a dit à\u00a0« non ».\n', 'MARIA: DÉJÀ VU… CAFÉ… NOËL”.\n']) {
      expect(decode(bytes(text), 'l.md')).toEqual({ text, warnings: [] });
    }
  });
  it('reads Unicode’s line separator as a line break and its paragraph separator as a blank line', () => {
    expect(decode(bytes('Tom: Why?\u2029Maria\u00a0: Once.\u2028Twice.\n'), 'u.md').text).toBe('Tom: Why?\n\nMaria\u00a0: Once.\nTwice.\n');
  });
  it('reads a page break (form feed) at a line’s start or end as nothing, a line of its own as blank, and a form feed or vertical tab between words as a line break', () => {
    expect(decode(bytes('one.\n\f\n\fTwo.\fThree.\n'), 'f.txt').text).toBe('one.\n\nTwo.\nThree.\n');
    expect(decode(bytes('Tom: Why?\vMaria: Once.\n'), 'v.txt').text).toBe('Tom: Why?\nMaria: Once.\n');
  });
});
