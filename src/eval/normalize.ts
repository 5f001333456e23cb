/**
 * The text normalization the evaluation compares with: Markdown markup that does not change
 * what a reader reads is dropped, so a parser may keep or drop markup and still match.
 * In order: a leading block marker (`> `, `## `, a list bullet, `1.`, a dialogue dash `— `);
 * images and links to their text, autolinks to their URL; emphasis markers; backslash escapes
 * and inline-code backticks; the entities `&amp; &lt; &gt; &quot; &#39; &nbsp;`; whitespace
 * collapsed and trimmed. Idempotent: it runs to a fixed point.
 */
export function normalize(input: string): string {
  let prev = String(input);
  for (let i = 0; i < 8; i++) {
    const next = normalizeOnce(prev);
    if (next === prev) return next;
    prev = next;
  }
  return prev;
}

const LINK_TARGET = String.raw`\((?:<[^>]*>|(?:[^()\s]|\([^()]*\))*)(?:\s+"[^"]*")?\)`;
const IMAGE = new RegExp(String.raw`!\[([^\]]*)\]${LINK_TARGET}`, 'g');
const LINK = new RegExp(String.raw`\[([^\]]*)\]${LINK_TARGET}`, 'g');
const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function normalizeOnce(input: string): string {
  let t = input.replace(/[\s\u00a0]+/g, ' ').trim();
  for (let i = 0; i < 3; i++) {
    t = t
      .replace(/^(>\s?)+/, '')
      .replace(/^#{1,6}\s+/, '')
      .replace(/^([-*+]|\d{1,3}[.)])\s+/, '')
      .replace(/^[—–]\s+/, '');
  }
  t = t.replace(IMAGE, '$1').replace(LINK, '$1').replace(/<(https?:\/\/[^>\s]+)>/g, '$1');
  t = t.replace(/\*\*|__/g, '');
  t = t.replace(/(^|[^\w*\\])\*(?=\S)([^*]*?[^\s\\])\*(?=[^\w*]|$)/g, '$1$2');
  t = t.replace(/(^|[^\w\\])_(?=\S)([^_]*?[^\s\\])_(?=[^\w]|$)/g, '$1$2');
  t = t.replace(/\\([\\`*_{}[\]()#+\-.!<>|~"'=:])/g, '$1');
  t = t.replace(/`([^`]*)`/g, '$1');
  t = t.replace(/&(nbsp|lt|gt|quot|#39);/g, (m) => ENTITIES[m]!).replace(/&amp;/g, '&');
  return t.replace(/[\s\u00a0]+/g, ' ').trim();
}
