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
});
