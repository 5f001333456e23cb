import type { Nodes as HastNodes, Root as HastRoot, Element } from 'hast';
import type { Heading, Root, RootContent } from 'mdast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/**
 * Transcript text is data. Raw HTML in the source never reaches the page as markup: parse.ts
 * turns it into text before this point, and this explicit schema (GitHub's, narrowed) is a
 * second line of defence: no images (no third-party requests), no ids or classes (they could
 * collide with our anchors), links only to http(s) and mailto.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: ['p', 'a', 'em', 'strong', 'del', 'code', 'pre', 'br', 'ul', 'ol', 'li', 'blockquote', 'sup', 'sub', 'span', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  // (A numbered list keeps its first number: an answer's list may go on from `3.`; a table's cells
  // their alignment.)
  attributes: { a: ['href', 'title'], ol: ['start'], th: [['align', 'left', 'center', 'right']], td: [['align', 'left', 'center', 'right']], '*': [] },
  protocols: { href: ['http', 'https', 'mailto'] },
  clobberPrefix: '',
  clobber: [],
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'template'],
};

const toHtml = unified()
  .use(remarkRehype)
  .use(rehypeSanitize, sanitizeSchema)
  .use(function addRel() {
    return (tree: HastRoot) => visitElements(tree, (el) => {
      if (el.tagName === 'a') el.properties = { ...el.properties, rel: ['nofollow', 'ugc', 'noopener'] };
    });
  })
  .use(function scrollTables() {
    return (tree: HastRoot) => boxTables(tree);
  })
  .use(rehypeStringify);

/**
 * A footnote's mark as a page links it, to its note or back (`[1](#footnote-1)`,
 * `[1](#footnote-anchor-1)` as Substack writes them, Word's `#ftnt1`, Wikipedia's `#cite_note-1`):
 * those anchors are the page's it came from, dead here.
 */
export const NOTE_LINK = /#(?:footnote|footnote-anchor|fn|fnref|ftnt|ftnt_ref|_ftn|_ftnref|cite_note|cite_ref|endnote|endnote-anchor)[-_:]?[\w-]*?\d+$/i;
/** A footnote's number as its link's words give it: `1`, `[1]`. */
export const NOTE_NUMBER = /^\[?(\d{1,3})\]?$/;
/** A Markdown footnote's mark (`[^1]`) and its note's (`[^1]: ` opening a line). */
// (Its name a number or a word and a number, `[^1]`, `[^note2]`: not a pattern's class in prose, `[^abc]`, `[^0-9]`.)
const MARKDOWN_NOTE = /(\n?)\[\^(\d{1,3}|[A-Za-z]{1,10}-?\d{1,3})\](?:(:)[ \t]*)?/g;

/** Footnote marks raised, the number alone (`<sup>1</sup>`), no link to an anchor this page does not have. */
export function raiseNoteMarks(node: Root | RootContent): void {
  if (!('children' in node)) return;
  const children = node.children as RootContent[];
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (c.type === 'link' && NOTE_LINK.test(c.url)) {
      const n = NOTE_NUMBER.exec(toText(c))?.[1];
      if (n) children[i] = sup(n);
    } else if (c.type === 'text' && c.value.includes('[^')) {
      const parts: RootContent[] = [];
      let at = 0;
      for (const m of c.value.matchAll(MARKDOWN_NOTE)) {
        if (m.index > at) parts.push({ type: 'text', value: c.value.slice(at, m.index) });
        // (A note's own line among others, `[^2]: ...` under `[^1]: ...`, starts on a line of its own.)
        if (m[1] && m[3]) parts.push({ type: 'break' });
        else if (m[1]) parts.push({ type: 'text', value: m[1] });
        parts.push(sup(m[2]!));
        if (m[3]) parts.push({ type: 'text', value: ' ' });
        at = m.index + m[0].length;
      }
      if (parts.length) {
        if (at < c.value.length) parts.push({ type: 'text', value: c.value.slice(at) });
        children.splice(i, 1, ...parts);
        i += parts.length - 1;
      }
    } else raiseNoteMarks(c);
  }
}
const sup = (n: string): RootContent => ({ type: 'text', value: n, data: { hName: 'sup' } }) as RootContent;
const toText = (n: RootContent): string => ('value' in n && typeof n.value === 'string' ? n.value : 'children' in n ? (n.children as RootContent[]).map(toText).join('') : '');

/** mdast block nodes -> sanitized HTML. */
export function blocksToHtml(nodes: RootContent[]): string {
  for (const n of nodes) raiseNoteMarks(n);
  const root: Root = { type: 'root', children: nodes };
  const hast = toHtml.runSync(root);
  return toHtml.stringify(hast as HastRoot);
}

const toSlugs = unified().use(remarkRehype).use(rehypeSlug);

/** Heading ids exactly as rehype-slug assigns them (GitHub style, de-duplicated in order). */
export function headingIds(texts: string[]): string[] {
  const root: Root = {
    type: 'root',
    children: texts.map((t): Heading => ({ type: 'heading', depth: 2, children: [{ type: 'text', value: t }] })),
  };
  const hast = toSlugs.runSync(root) as HastRoot;
  return hast.children.filter((n): n is Element => n.type === 'element').map((el) => String(el.properties?.['id'] ?? ''));
}

/**
 * A table wider than the column scrolls in a box of its own (src/styles/tables.css), which a
 * keyboard can reach and a screen reader names: a region, "Table". Added after the sanitizer, as
 * the links' rel is: no transcript sets these attributes.
 */
function boxTables(node: HastRoot | Element): void {
  node.children = node.children.map((c) => {
    if (c.type !== 'element') return c;
    if (c.tagName !== 'table') {
      boxTables(c);
      return c;
    }
    return { type: 'element', tagName: 'div', properties: { className: ['table'], tabIndex: 0, role: 'region', ariaLabel: 'Table' }, children: [c] };
  }) as typeof node.children;
}

function visitElements(node: HastNodes, fn: (el: Element) => void): void {
  if (node.type === 'element') fn(node);
  if ('children' in node) for (const c of node.children) visitElements(c as HastNodes, fn);
}
