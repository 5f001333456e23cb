import type { Html, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { splitRun, VoiceModel } from './attribute.ts';
import { IngestError, warning } from './diagnostics.ts';
import type { FrontMatter } from './frontmatter.ts';
import { blocksToHtml, headingIds } from './html.ts';
import { RESERVED_IDS, speakerPrefix, turnBaseId, uniqueId } from './ids.ts';
import { matchLabel, matchLabelOnly, roleWord, speakerKeyTest, stripEmphasis } from './labels.ts';
import { endsLikeSentence } from './text.ts';
import type { Diagnostic, Paragraph, Role, Section, Turn } from './types.ts';

/**
 * Stage 2: cleaned text -> title, intro, sections of speaker turns, outro.
 * Input lines keep their source numbering (removed lines are blank), so every
 * paragraph knows the line it came from.
 */

export interface Speaker {
  key: string | null;
  name: string;
  role: Role;
}

export interface Parsed {
  title: string;
  /** Line the title was taken from, when it came from the text. */
  titleLine: number | null;
  guest: string | null;
  interviewer: string | null;
  intro: Paragraph[];
  sections: Section[];
  outro: Paragraph[];
  warnings: Diagnostic[];
}

interface Block {
  kind: 'heading' | 'para';
  /** Markdown heading (#) rather than a bare heading line. */
  markdownHeading: boolean;
  depth: number;
  node: RootContent;
  line: number;
  singleLine: boolean;
  text: string;
  label: { key: string; length: number } | null;
  /** `<!-- speaker: X -->` before it. */
  override: string | null;
  outroMarker: boolean;
}

const OVERRIDE_RE = /^<!--\s*speaker\s*:\s*(.+?)\s*-->$/i;
const OUTRO_RE = /^<!--\s*outro\s*-->$/i;
const INTRO_END_RE = /^(on to the interview|this interview (is|was|has been)|the following|this transcript|transcript|edited for)|lightly edited|edited for (length|clarity|content)/i;
const PUBLISHER_NOTE_RE =
  /podcast|subscri|newsletter|\bforward(ing|ed)?\b|\binbox\b|e-?mail|supporter|membership|\bmembers?\b|sponsor|\brss\b|transcript|edited for|this (daily update|interview|episode|conversation) (is|was)|listen (on|to|in)|available (on|as|at|in)|follow us|thanks for (reading|listening|being)|is intended for/i;

const parser = unified().use(remarkParse);

export interface ParseOptions {
  /** Plain text (.txt): every non-blank line is a paragraph. Markdown keeps its soft line wraps. */
  plainText: boolean;
  /** Title when neither front matter nor the text gives one. */
  fallbackTitle: string;
}

export function parseTranscript(text: string, fm: FrontMatter, file: string, options: ParseOptions): Parsed {
  const warnings: Diagnostic[] = [];
  const sourceLines = text.split('\n');

  // 1. Which label keys are speakers (see speakerKeyTest).
  const fmKeys = new Set(Object.entries(fm.speakers).flatMap(([k, v]) => [k.toLowerCase(), v.name.toLowerCase()]));
  const isSpeakerKey = speakerKeyTest(sourceLines, [...fmKeys]);

  // 2. A label inside a paragraph (one turn per line) starts a new paragraph; in plain text every line does.
  const lineMap: number[] = [];
  const split: string[] = [];
  sourceLines.forEach((l, i) => {
    const m = matchLabel(stripEmphasis(l.trim()));
    const startsParagraph = options.plainText ? l.trim() !== '' : m != null && isSpeakerKey(m.key);
    if (startsParagraph && i > 0 && sourceLines[i - 1]!.trim() !== '' && split.length) {
      split.push('');
      lineMap.push(i + 1);
    }
    split.push(l);
    lineMap.push(i + 1);
  });

  // 3. Blocks.
  const root = parser.parse(split.join('\n')) as Root;
  const blocks: Block[] = [];
  let pendingOverride: string | null = null;
  let pendingOutro = false;
  let pendingLabel: string | null = null;
  for (const node of root.children) {
    const line = lineMap[(node.position?.start.line ?? 1) - 1] ?? 1;
    const singleLine = node.position?.start.line === node.position?.end.line;
    if (node.type === 'html') {
      const v = node.value.trim();
      const o = OVERRIDE_RE.exec(v);
      if (o) {
        pendingOverride = o[1]!;
        continue;
      }
      if (OUTRO_RE.test(v)) {
        pendingOutro = true;
        continue;
      }
      if (/^<!--[\s\S]*-->$/.test(v)) continue; // an editor's comment, not transcript text
    }
    if (node.type === 'thematicBreak' || node.type === 'definition') continue;
    literalize(node);
    const text = toString(node).trim();
    if (text === '') continue;
    // "**Sam Altman:**" alone on a line: the label of the paragraph that follows.
    const only = node.type === 'paragraph' && node.position?.start.line === node.position?.end.line ? matchLabelOnly(text) : null;
    if (only && isSpeakerKey(only) && (/[:：]$/.test(text) || fmKeys.has(only.toLowerCase()))) {
      pendingLabel = only;
      continue;
    }
    const isHeading = node.type === 'heading';
    let label = !isHeading && node.type === 'paragraph' ? matchLabel(text) : null;
    if (pendingLabel && !isHeading && !label) label = { key: pendingLabel, length: 0 };
    pendingLabel = null;
    blocks.push({
      kind: isHeading ? 'heading' : 'para',
      markdownHeading: isHeading,
      depth: isHeading ? node.depth : 0,
      node,
      line,
      singleLine,
      text,
      label: label && isSpeakerKey(label.key) ? label : null,
      override: pendingOverride,
      outroMarker: pendingOutro,
    });
    pendingOverride = null;
    pendingOutro = false;
  }
  if (blocks.length === 0) {
    throw new IngestError(file, null, 'no transcript text is left after removing spam and site chrome', 'check that the file contains the interview itself; see `npm run inspect -- <file>` for what was removed');
  }

  // 4. Speakers and roles.
  const speakers = resolveSpeakers(blocks, fm, file, warnings);
  const firstLabel = blocks.findIndex((b) => b.label);
  if (firstLabel === -1) {
    throw new IngestError(
      file,
      blocks[0]!.line,
      'no speaker turns found: no paragraph starts with a speaker label such as `SA:`, `Sam Altman:` or `Q:`',
      'label each turn of at least one speaker (e.g. `SA: ...`) and name the labels under `speakers:` in the front matter',
    );
  }
  const labelled = [...speakers.byKey.values()];
  const hasInterviewerLabel = labelled.some((s) => s.role === 'interviewer');
  const hasGuestLabel = labelled.some((s) => s.role !== 'interviewer');
  const unlabelledSide: Speaker | null = !hasInterviewerLabel
    ? { key: null, name: fm.interviewer ?? 'Interviewer', role: 'interviewer' }
    : !hasGuestLabel
      ? { key: null, name: fm.guest ?? 'Guest', role: 'guest' }
      : null;

  // 5. Bare heading lines in plain text: one short line, no sentence punctuation, followed by a
  //    paragraph that opens a section (the interviewer's, labelled or not).
  // Guest answers follow questions, not headings: `Yup` right before `SA: ...` is a turn.
  const opensSection = (b: Block | undefined) =>
    b != null && b.kind === 'para' && (!b.label || speakers.byKey.get(b.label.key)?.role === 'interviewer');
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'para' && !b.label && b.override == null && b.node.type === 'paragraph' && looksLikeHeading(b) && opensSection(blocks[i + 1])) {
      b.kind = 'heading';
    }
  }

  // 6. Title, intro, outro boundaries.
  let titleIdx = -1;
  let title = fm.title ?? null;
  const h1 = blocks.findIndex((b, i) => i < firstLabel && b.markdownHeading && b.depth === 1);
  if (h1 !== -1) {
    titleIdx = h1;
    title ??= blocks[h1]!.text;
  }
  const headingsBeforeFirst = blocks.map((b, i) => [b, i] as const).filter(([b, i]) => i < firstLabel && b.kind === 'heading' && i !== titleIdx);
  if (titleIdx === -1 && headingsBeforeFirst.length >= 2 && !headingsBeforeFirst[0]![0].markdownHeading) {
    titleIdx = headingsBeforeFirst[0]![1];
    title ??= blocks[titleIdx]!.text;
    headingsBeforeFirst.shift();
  }
  let bodyStart: number;
  if (headingsBeforeFirst.length) {
    bodyStart = headingsBeforeFirst.at(-1)![1];
  } else {
    const marker = blocks.findLastIndex((b, i) => i < firstLabel && b.kind === 'para' && INTRO_END_RE.test(b.text));
    if (marker !== -1) bodyStart = marker + 1;
    else if (unlabelledSide?.role === 'interviewer') {
      // The paragraphs just before the first guest label are the interviewer's opening.
      bodyStart = firstLabel > 0 && blocks[firstLabel - 1]!.kind === 'para' ? firstLabel - 1 : firstLabel;
    } else bodyStart = firstLabel;
  }
  title ??= options.fallbackTitle;

  let bodyEnd = blocks.length;
  const marker = blocks.findIndex((b) => b.outroMarker);
  if (marker !== -1 && marker > bodyStart) bodyEnd = marker;
  else {
    while (bodyEnd - 1 > bodyStart && blocks[bodyEnd - 1]!.kind === 'para' && !blocks[bodyEnd - 1]!.label && blocks[bodyEnd - 1]!.override == null && isPublisherNote(blocks[bodyEnd - 1]!.text, fm.publication)) bodyEnd--;
    // A short sign-off between publisher notes and the end stays with them.
  }

  const toPara = (b: Block, strip = 0): Paragraph => {
    if (strip > 0) stripLeading(b.node, strip);
    return { line: b.line, text: strip > 0 ? toString(b.node).trim() : b.text, html: blocksToHtml([b.node]) };
  };
  const intro = blocks.slice(0, bodyStart).filter((_, i) => i !== titleIdx).map((b) => toPara(b));
  const outro = blocks.slice(bodyEnd).map((b) => toPara(b));

  // 7. Who says each paragraph of the body.
  const body = blocks.slice(bodyStart, bodyEnd);
  const speakerOf = attribute(body, speakers, unlabelledSide, fm, file, warnings);

  // 8. Sections and turns.
  const headingBlocks = body.filter((b) => b.kind === 'heading');
  const sectionIds = headingIds(headingBlocks.map((b) => b.text)).map((id, i) => {
    let s = id || `section-${i + 1}`;
    if (RESERVED_IDS.has(s)) s = `section-${s}`;
    return s;
  });
  const taken = new Set<string>([...RESERVED_IDS, ...sectionIds]);
  const sections: Section[] = [];
  let current: Section | null = null;
  let turn: Turn | null = null;
  let hIdx = 0;
  body.forEach((b, i) => {
    if (b.kind === 'heading') {
      current = { id: sectionIds[hIdx++]!, heading: b.text, line: b.line, turns: [] };
      sections.push(current);
      turn = null;
      return;
    }
    if (!current) {
      current = { id: uniqueId('interview', taken), heading: null, line: b.line, turns: [] };
      sections.push(current);
    }
    const sp = speakerOf[i]!;
    const para = toPara(b, b.label?.length ?? 0);
    const t = turn as Turn | null;
    if (t && !b.label && t.speaker === sp.name && t.role === sp.role) {
      t.paragraphs.push(para);
    } else {
      turn = { id: '', speakerKey: sp.key, speaker: sp.name, role: sp.role, paragraphs: [para], line: b.line };
      (current as Section).turns.push(turn);
    }
  });
  for (const s of sections)
    for (const t of s.turns) t.id = uniqueId(turnBaseId(speakerPrefix(t.speakerKey, t.speaker), t.paragraphs[0]!.text), taken);

  const guest = fm.guest ?? labelled.find((s) => s.role === 'guest' && s.name !== 'Guest')?.name ?? null;
  const interviewer = fm.interviewer ?? labelled.find((s) => s.role === 'interviewer' && s.name !== 'Interviewer')?.name ?? null;
  return { title, titleLine: titleIdx === -1 ? null : blocks[titleIdx]!.line, guest, interviewer, intro, sections: sections.filter((s) => s.turns.length > 0 || s.heading != null), outro, warnings };
}

function resolveSpeakers(blocks: Block[], fm: FrontMatter, file: string, warnings: Diagnostic[]) {
  const byKey = new Map<string, Speaker>();
  const used = new Set<string>();
  const unknown = new Map<string, number>();
  const questionRate = new Map<string, [number, number]>();
  for (const b of blocks) {
    if (!b.label) continue;
    const key = b.label.key;
    const q = questionRate.get(key) ?? [0, 0];
    q[0] += /\?/.test(b.text) ? 1 : 0;
    q[1]++;
    questionRate.set(key, q);
    if (byKey.has(key)) continue;
    const fmKey = Object.keys(fm.speakers).find((k) => k.toLowerCase() === key.toLowerCase() || fm.speakers[k]!.name.toLowerCase() === key.toLowerCase());
    let name = key;
    let role: Role | null = null;
    if (fmKey) {
      used.add(fmKey);
      name = fm.speakers[fmKey]!.name;
      role = fm.speakers[fmKey]!.role;
    } else {
      const rw = roleWord(key);
      if (rw === 'interviewer') name = fm.interviewer ?? (key.length <= 2 ? 'Interviewer' : key);
      else if (rw === 'guest') name = fm.guest ?? (key.length <= 2 ? 'Guest' : key);
      role = rw;
      if (!rw && Object.keys(fm.speakers).length > 0) unknown.set(key, b.line);
    }
    if (!role && fm.interviewer && name.toLowerCase() === fm.interviewer.toLowerCase()) role = 'interviewer';
    if (!role && fm.guest && name.toLowerCase() === fm.guest.toLowerCase()) role = 'guest';
    byKey.set(key, { key, name, role: role ?? ('unknown' as Role) });
  }
  for (const [key, line] of unknown)
    warnings.push(warning(file, line, `speaker label '${key}' is not in the front matter's speakers`, `add \`${key}: Full Name\` under \`speakers:\` in the front matter (shown as '${key}' until then)`));
  for (const k of Object.keys(fm.speakers))
    if (!used.has(k)) warnings.push(warning(file, fm.speakerLines[k] ?? 1, `speaker key '${k}' in the front matter never labels a paragraph`, `use it as a label (\`${k}: ...\`) in the text, or remove it`));

  // Roles nobody stated: the front matter's interviewer is the interviewer; otherwise the
  // labelled speaker who asks the most questions is, when more than one speaker is labelled.
  const undecided = [...byKey.values()].filter((s) => (s.role as string) === 'unknown');
  if (undecided.length) {
    const decided = [...byKey.values()].filter((s) => (s.role as string) !== 'unknown');
    const rate = (s: Speaker) => {
      const [q, n] = questionRate.get(s.key!)!;
      return q / n;
    };
    const interviewerKnown = decided.some((s) => s.role === 'interviewer') || fm.interviewer != null;
    if (!interviewerKnown && byKey.size >= 2) {
      const asker = [...undecided].sort((a, b) => rate(b) - rate(a))[0]!;
      for (const s of undecided) s.role = s === asker ? 'interviewer' : 'guest';
    } else if (!interviewerKnown && byKey.size === 1) {
      // One labelled voice: it is the interviewer only if it asks more than the unlabelled text does.
      const un = blocks.filter((b) => b.kind === 'para' && !b.label);
      const unRate = un.length ? un.filter((b) => /\?/.test(b.text)).length / un.length : 0;
      undecided[0]!.role = rate(undecided[0]!) > unRate ? 'interviewer' : 'guest';
    } else for (const s of undecided) s.role = 'guest';
  }
  return { byKey };
}

function attribute(body: Block[], speakers: { byKey: Map<string, Speaker> }, unlabelledSide: Speaker | null, fm: FrontMatter, file: string, warnings: Diagnostic[]): Speaker[] {
  const out: Speaker[] = new Array(body.length);
  const all = [...speakers.byKey.values()];
  const overrideSpeaker = (b: Block): Speaker | null => {
    if (b.override == null) return null;
    const o = b.override.toLowerCase();
    const found = all.find((s) => s.key!.toLowerCase() === o || s.name.toLowerCase() === o);
    if (found) return found;
    if (unlabelledSide && (o === unlabelledSide.role || o === unlabelledSide.name.toLowerCase())) return unlabelledSide;
    const byRole = all.find((s) => s.role === o);
    if (byRole) return byRole;
    warnings.push(warning(file, b.line, `speaker override '${b.override}' names nobody in this transcript`, `use a label key (${all.map((s) => s.key).join(', ')}), a speaker's name, or 'interviewer' / 'guest'`));
    return null;
  };
  for (let i = 0; i < body.length; i++) if (body[i]!.label) out[i] = speakers.byKey.get(body[i]!.label!.key)!;

  if (!unlabelledSide) {
    // Both sides labelled: an unlabelled paragraph continues whoever spoke last.
    let last: Speaker | null = null;
    body.forEach((b, i) => {
      if (b.kind === 'heading') return;
      const o = overrideSpeaker(b);
      if (b.label) last = out[i]!;
      else out[i] = o ?? last ?? all.find((s) => s.role === 'interviewer') ?? all[0]!;
      if (o) last = o;
    });
    return out;
  }

  // One side unlabelled. Train the voice model on certain paragraphs first.
  const model = new VoiceModel();
  const labelledIsGuest = unlabelledSide.role === 'interviewer';
  const runs: { start: number; end: number; prev: Speaker | null; next: Speaker | null; nextIsHeading: boolean }[] = [];
  let prev: Speaker | null = null;
  for (let i = 0; i < body.length; ) {
    const b = body[i]!;
    if (b.kind === 'heading') {
      prev = null;
      i++;
      continue;
    }
    if (b.label) {
      prev = out[i]!;
      model.add(1, b.text.slice(b.label.length));
      i++;
      continue;
    }
    let j = i;
    while (j < body.length && body[j]!.kind === 'para' && !body[j]!.label) j++;
    const next = j < body.length && body[j]!.label ? out[j]! : null;
    runs.push({ start: i, end: j, prev, next, nextIsHeading: j < body.length && body[j]!.kind === 'heading' });
    i = j;
  }
  for (const r of runs) {
    const n = r.end - r.start;
    // Certain: the single paragraph between two labels of one speaker, or text opening a section.
    if (r.prev == null) for (let i = r.start; i < r.end; i++) model.add(0, body[i]!.text);
    else if (n === 1 && r.next === r.prev) model.add(0, body[r.start]!.text);
  }
  const guestNames = all.filter((s) => s.role === 'guest').map((s) => s.name);
  for (const r of runs) {
    const texts = body.slice(r.start, r.end).map((b) => b.text);
    const overrides = body.slice(r.start, r.end).map(overrideSpeaker);
    if (r.prev == null) {
      body.slice(r.start, r.end).forEach((_, k) => (out[r.start + k] = overrides[k] ?? unlabelledSide));
      continue;
    }
    const prevSpeaker = r.prev;
    const forced = overrides.map((o) => (o == null ? null : o === prevSpeaker));
    const k = splitRun({
      texts,
      forced,
      otherMustSpeak: r.next === r.prev,
      labelledIsGuest,
      model,
      guestNames,
    });
    for (let j = 0; j < texts.length; j++) out[r.start + j] = overrides[j] ?? (j < k ? prevSpeaker : unlabelledSide);
  }
  return out;
}

function looksLikeHeading(b: Block): boolean {
  if (!b.singleLine) return false;
  const t = b.text.trim();
  if (endsLikeSentence(t) || /,/.test(t)) return false;
  const ws = t.split(/\s+/);
  if (ws.length > 16 || !/\p{L}/u.test(t)) return false;
  if (ws.length <= 5) return true;
  const cased = ws.filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  if (cased.length === 0) return true;
  return cased.filter((w) => /^\p{Lu}/u.test(w)).length / cased.length >= 0.6 || !/\p{Lu}|\p{Ll}/u.test(t);
}

function isPublisherNote(text: string, publication: string | undefined): boolean {
  if (PUBLISHER_NOTE_RE.test(text)) return true;
  return publication != null && new RegExp(`\\b${publication.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text) && /visit|subscribe|available|read|join/i.test(text);
}


/** Raw HTML in a transcript is text to show, not markup: html nodes become text, images their alt text. */
function literalize(node: RootContent | Root): void {
  if (node.type === 'html') {
    // A block of raw HTML becomes a paragraph that shows its source.
    const block = node as unknown as { type: string; value?: string; children?: PhrasingContent[] };
    block.children = [{ type: 'text', value: block.value ?? '' }];
    block.type = 'paragraph';
    delete block.value;
    return;
  }
  if (!('children' in node)) return;
  const children = node.children as (RootContent | PhrasingContent)[];
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (c.type === 'html') children[i] = { type: 'text', value: (c as Html).value } as PhrasingContent;
    else if (c.type === 'image' || c.type === 'imageReference') children[i] = { type: 'text', value: c.alt ? `[image: ${c.alt}]` : '' } as PhrasingContent;
    else literalize(c as RootContent);
  }
}

/** Removes the first `n` characters of a paragraph's text (its speaker label), across emphasis. */
function stripLeading(node: RootContent, n: number): void {
  let left = n;
  const walk = (parent: { children?: unknown[] }): void => {
    const kids = parent.children as (PhrasingContent & { value?: string; children?: unknown[] })[] | undefined;
    if (!kids) return;
    while (left > 0 && kids.length) {
      const k = kids[0]!;
      if (typeof k.value === 'string') {
        if (k.value.length <= left) {
          left -= k.value.length;
          kids.shift();
        } else {
          k.value = k.value.slice(left).replace(/^\s+/, '');
          left = 0;
        }
      } else if (k.children) {
        walk(k);
        if (k.children.length === 0) kids.shift();
        else if (left > 0) break;
      } else kids.shift();
    }
    if (kids.length && typeof kids[0]!.value === 'string') kids[0]!.value = kids[0]!.value!.replace(/^\s+/, '');
  };
  walk(node as { children?: unknown[] });
}

