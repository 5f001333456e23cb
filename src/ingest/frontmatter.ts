import { parseDocument } from 'yaml';
import { IngestError, warning } from './diagnostics.ts';
import type { Diagnostic, Role } from './types.ts';

export interface SpeakerSpec {
  name: string;
  role: Role | null;
}

export interface FrontMatter {
  title?: string;
  guest?: string;
  interviewer?: string;
  publication?: string;
  date?: string;
  source?: string;
  slug?: string;
  lang?: string;
  /** Label used in the text (e.g. "SA") -> who that is. */
  speakers: Record<string, SpeakerSpec>;
  /** 1-based line of each speakers key, for warnings. */
  speakerLines: Record<string, number>;
}

export interface SplitFrontMatter {
  data: FrontMatter;
  /** The text with the front matter block replaced by blank lines, so line numbers stay true. */
  body: string;
  warnings: Diagnostic[];
}

const STRING_FIELDS = ['title', 'guest', 'interviewer', 'publication', 'date', 'source', 'slug', 'lang'] as const;
const KNOWN = new Set<string>([...STRING_FIELDS, 'speakers']);
const ROLES = new Set<Role>(['interviewer', 'guest', 'other']);

/** Splits optional YAML front matter (`---` fenced, at the very top) from the body and validates it. */
export function splitFrontMatter(text: string, file: string): SplitFrontMatter {
  const empty: FrontMatter = { speakers: {}, speakerLines: {} };
  if (!/^---[ \t]*\n/.test(text)) return { data: empty, body: text, warnings: [] };
  const lines = text.split('\n');
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    if (/^(---|\.\.\.)[ \t]*$/.test(lines[i]!)) {
      close = i;
      break;
    }
  }
  if (close === -1) {
    throw new IngestError(
      file,
      1,
      'the front matter that starts on line 1 is never closed',
      "add a line with only '---' after the last front matter field (or remove the opening '---')",
    );
  }
  const yamlText = lines.slice(1, close).join('\n');
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const line = 2 + (yamlText.slice(0, err.pos[0]).match(/\n/g)?.length ?? 0);
    throw new IngestError(
      file,
      line,
      `invalid YAML in the front matter: ${err.message.split('\n')[0]}`,
      'write each field as `key: value` (quote values that contain a colon)',
    );
  }
  const raw: unknown = doc.toJS();
  const warnings: Diagnostic[] = [];
  const data: FrontMatter = { speakers: {}, speakerLines: {} };
  const body = lines.map((l, i) => (i <= close ? '' : l)).join('\n');
  if (raw == null) return { data, body, warnings };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new IngestError(file, 2, 'the front matter is not a set of `key: value` fields', 'write fields such as `title: ...` and `interviewer: ...`');
  }
  const keyLine = (key: string): number => {
    const idx = lines.slice(1, close).findIndex((l) => new RegExp(`^\\s*['"]?${escapeRe(key)}['"]?\\s*:`).test(l));
    return idx === -1 ? 1 : idx + 2;
  };
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!KNOWN.has(key)) {
      const near = [...KNOWN].find((k) => editDistance(k, key.toLowerCase()) <= 2);
      warnings.push(
        warning(file, keyLine(key), `unknown front matter field '${key}' is ignored`, near ? `did you mean '${near}'?` : `use one of: ${[...KNOWN].join(', ')}`),
      );
      continue;
    }
    if (key === 'speakers') continue;
    if (value == null) continue;
    if (value instanceof Date) {
      (data as unknown as Record<string, string>)[key] = value.toISOString().slice(0, 10);
    } else if (typeof value === 'string' || typeof value === 'number') {
      (data as unknown as Record<string, string>)[key] = String(value).trim();
    } else {
      throw new IngestError(file, keyLine(key), `front matter field '${key}' must be text`, `write it as \`${key}: some text\``);
    }
  }
  const speakers = (raw as Record<string, unknown>)['speakers'];
  if (speakers != null) {
    if (typeof speakers !== 'object' || Array.isArray(speakers)) {
      throw new IngestError(file, keyLine('speakers'), "'speakers' must map labels to names", 'write it as `speakers:` followed by indented lines like `  SA: Sam Altman`');
    }
    for (const [label, spec] of Object.entries(speakers as Record<string, unknown>)) {
      const line = keyLine(label);
      data.speakerLines[label] = line;
      if (typeof spec === 'string') {
        data.speakers[label] = { name: spec.trim(), role: null };
      } else if (spec && typeof spec === 'object' && typeof (spec as { name?: unknown }).name === 'string') {
        const role = (spec as { role?: unknown }).role;
        if (role != null && !ROLES.has(role as Role)) {
          throw new IngestError(file, line, `speaker '${label}' has unknown role '${String(role)}'`, 'use role: interviewer, guest or other');
        }
        data.speakers[label] = { name: (spec as { name: string }).name.trim(), role: (role as Role | undefined) ?? null };
      } else {
        throw new IngestError(file, line, `speaker '${label}' has no name`, `write it as \`  ${label}: Full Name\``);
      }
    }
  }
  return { data, body, warnings };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) dp[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      dp[i]![j] = Math.min(dp[i - 1]![j]! + 1, dp[i]![j - 1]! + 1, dp[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return dp[a.length]![b.length]!;
}
