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

/** mdast block nodes -> sanitized HTML. */
export function blocksToHtml(nodes: RootContent[]): string {
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
