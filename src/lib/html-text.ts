/**
 * The words of ingestion's sanitized HTML, for code that is handed a turn's stored HTML (the
 * topic index): tags dropped, each paragraph, list item or line break ending a line, character
 * references decoded.
 */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function htmlText(html: string): string {
  return html
    // (A table's cells are words apart, the whole table one line, as its paragraph's text is.)
    .replace(/<table>[\s\S]*?<\/table>\s*/g, (table) => `${table.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim()}\n`)
    .replace(/<\/(?:p|li|blockquote|pre)>\s*|<br\s*\/?>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi, (m, hex?: string, dec?: string, name?: string) =>
      hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : (NAMED[name!.toLowerCase()] ?? m),
    )
    .trim();
}
