import { parse as parseToml, TomlError } from 'smol-toml';
import { parseDocument } from 'yaml';
import { IngestError, warning } from './diagnostics.ts';
import { labelKey, WIKI_LINK } from './labels.ts';
import type { Diagnostic, Role } from './types.ts';
import { editDistance } from './text.ts';

export interface SpeakerSpec {
  name: string;
  role: Role | null;
  /** Given as a bare name (a `speakers:` list or a string), not as `label: name`: the text may label it by first name, last name or initials. */
  listed?: boolean;
}

export interface FrontMatter {
  title?: string;
  /** As written, for display ("Aishwarya Naresh Reganti + Kiriti Badam"). */
  guest?: string;
  interviewer?: string;
  /** `guest` and `interviewer` split into people. */
  guests: string[];
  interviewers: string[];
  /** `author:` of a clipper or feed: the interviewer only where the rest of the file bears it out. */
  author?: string;
  publication?: string;
  /** YYYY-MM-DD. */
  date?: string;
  /** An http(s) URL. */
  source?: string;
  /** An http(s) URL of the recording (audio, video or its page). */
  media?: string;
  slug?: string;
  /** A BCP 47 language tag. */
  lang?: string;
  /** Label used in the text (e.g. "SA"), or a listed name -> who that is. */
  speakers: Record<string, SpeakerSpec>;
  /** 1-based line of each speakers key, for warnings. */
  speakerLines: Record<string, number>;
}

export interface SplitFrontMatter {
  data: FrontMatter;
  /** Line of the `slug:` field, for messages about it. */
  slugLine: number | null;
  /** The text with the front matter block replaced by blank lines, so line numbers stay true. */
  body: string;
  warnings: Diagnostic[];
}

const STRING_FIELDS = ['title', 'guest', 'interviewer', 'author', 'publication', 'date', 'source', 'media', 'slug', 'lang'] as const;
type StringField = (typeof STRING_FIELDS)[number];
/**
 * What clippers, feeds and transcript repositories call the same things. Any other field
 * (tags, categories, summary, transcript_by, ids and hashes...) is theirs, and ignored.
 */
const ALIASES: Record<string, StringField> = {
  guests: 'guest', interviewee: 'guest', host: 'interviewer', hosts: 'interviewer', interviewers: 'interviewer', moderator: 'interviewer',
  source_url: 'source', canonical_url: 'source', url: 'source', link: 'source', original_url: 'source', permalink: 'source',
  published: 'date', publish_date: 'date', published_at: 'date', pubdate: 'date', pub_date: 'date', date_published: 'date', recorded: 'date',
  language: 'lang', locale: 'lang', site: 'publication', site_name: 'publication', podcast: 'publication', show: 'publication', channel: 'publication', publisher: 'publication',
  audio: 'media', video: 'media', audio_url: 'media', video_url: 'media', youtube_url: 'media', youtube: 'media', enclosure: 'media', recording: 'media',
  authors: 'author', byline: 'author',
};
const KNOWN = [...STRING_FIELDS, 'speakers'];
const ROLES = new Set<Role>(['interviewer', 'guest', 'other']);
/** The words front matter may use for a role besides its own (`role: host`, `role: interviewee`): the role they mean. */
const ROLE_WORDS = new Map<string, Role>([
  ...['host', 'co-host', 'cohost', 'moderator', 'presenter', 'anchor', 'chair', 'reporter', 'journalist', 'asker'].map((w) => [w, 'interviewer'] as const),
  ...['interviewee', 'panelist', 'panellist', 'speaker', 'witness', 'respondent', 'narrator', 'expert'].map((w) => [w, 'guest'] as const),
  ...['audience', 'operator', 'translator', 'interpreter'].map((w) => [w, 'other'] as const),
]);
/** A role as front matter writes it (`guest`, `Host`, `interviewee`), or null. */
const roleOf = (word: unknown): Role | null => {
  const r = String(word).trim().toLowerCase();
  return ROLES.has(r as Role) ? (r as Role) : (ROLE_WORDS.get(r) ?? null);
};
/** BCP 47: a language subtag and up to three more (script, region, variant); short enough for every tool it reaches. */
const LANG_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$/;
/** Front matter past this many lines is not a transcript's metadata. */
const MAX_FRONT_MATTER_LINES = 2000;

/**
 * Splits optional front matter from the body and validates it: YAML fenced by `---` at the very
 * top, or TOML fenced by `+++`, as Hugo writes a post's (`title = "..."`, `hosts = ["..."]`).
 */
export function splitFrontMatter(text: string, file: string): SplitFrontMatter {
  const data: FrontMatter = { speakers: {}, speakerLines: {}, guests: [], interviewers: [] };
  const toml = /^\+\+\+[ \t]*\r?\n/.test(text);
  if (!toml && !/^---[ \t]*\r?\n/.test(text)) return { data, body: text, warnings: [], slugLine: null };
  const lines = text.split('\n');
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    if ((toml ? /^\+\+\+[ \t]*\r?$/ : /^(---|\.\.\.)[ \t]*\r?$/).test(lines[i]!)) {
      close = i;
      break;
    }
  }
  if (close === -1) {
    // (A TOML fence never closed is no front matter: `+++` may open a text's first line, as a diff's header does.)
    if (toml) return { data, body: text, warnings: [], slugLine: null };
    throw new IngestError(file, 1, 'the front matter that starts on line 1 is never closed', "add a line with only '---' after the last front matter field (or remove the opening '---')");
  }
  if (close > MAX_FRONT_MATTER_LINES) {
    throw new IngestError(file, 1, `the front matter is ${close - 1} lines long (at most ${MAX_FRONT_MATTER_LINES})`, 'keep only the fields this reader uses (title, date, source, speakers...) in the front matter');
  }
  // (No-break spaces, as a page copied from a browser sets them after a key's colon or in the indent,
  // are spaces to YAML: `title:\u00a0Floods` would be no field at all.)
  const fieldsText = lines.slice(1, close).join('\n').replace(/\u00a0/g, ' ');
  const raw = toml ? readToml(fieldsText, file) : readYaml(fieldsText, file);
  const warnings: Diagnostic[] = [];
  const body = lines.map((l, i) => (i <= close ? '' : l)).join('\n');
  if (raw == null) return { data, body, warnings, slugLine: null };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new IngestError(file, 2, 'the front matter is not a set of `key: value` fields', 'write fields such as `title: ...` and `interviewer: ...`');
  }
  // Line of each top-level and nested key, found in one pass (a scan per key is quadratic).
  const keyLines = new Map<string, number>();
  const topLines = new Map<string, number>();
  lines.slice(1, close).forEach((l, i) => {
    const m = (toml ? /^(\s*)['"]?([\w.-]+?)['"]?\s*=/ : /^(\s*)(?:-\s+)?['"]?([^'":#]+?)['"]?\s*:(?:\s|$)/).exec(l);
    if (!m) return;
    if (!keyLines.has(m[2]!)) keyLines.set(m[2]!, i + 2);
    if (m[1] === '' && !topLines.has(m[2]!)) topLines.set(m[2]!, i + 2);
  });
  const keyLine = (key: string): number => topLines.get(key) ?? keyLines.get(key) ?? 1;

  const fields = raw as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'speakers') continue;
    const field = (STRING_FIELDS as readonly string[]).includes(key) ? (key as StringField) : ALIASES[key.toLowerCase()];
    if (!field) {
      // Fields of other tools are ignored; one that looks like a misspelt field of ours is worth a word.
      const near = KNOWN.find((k) => k !== key.toLowerCase() && editDistance(k, key.toLowerCase()) <= (k.length > 5 ? 2 : 1));
      if (near) warnings.push(warning(file, keyLine(key), `unknown front matter field '${key}' is ignored`, `did you mean '${near}'?`));
      // A "field" named like a person or a phrase is more likely transcript text caught between two `---` lines.
      else if (/\s/.test(key.trim())) warnings.push(warning(file, keyLine(key), `front matter field '${key}' is ignored`, 'if this is part of the transcript, the lines above it are read as front matter: remove the `---` on line 1'));
      continue;
    }
    if (value == null || (data[field] != null && key !== field)) continue; // the field's own name wins over an alias
    const text = fieldText(value);
    if (text == null) {
      if (field === 'guest' || field === 'interviewer' || field === 'author') {
        warnings.push(warning(file, keyLine(key), `front matter field '${key}' is not a name or a list of names; it is ignored`, `write it as \`${key}: Full Name\``));
        continue;
      }
      throw new IngestError(file, keyLine(key), `front matter field '${key}' must be text`, `write it as \`${key}: some text\``);
    }
    const named = field === 'guest' || field === 'interviewer' || field === 'author' ? unlinked(text) : text;
    const checked = checkField(field, named, (message, fix) => warnings.push(warning(file, keyLine(key), message, fix)), key);
    if (checked != null) data[field] = checked;
  }
  data.guests = splitNames(data.guest);
  data.interviewers = splitNames(data.interviewer);

  const speakers = fields['speakers'];
  if (speakers != null) readSpeakers(speakers, data, file, keyLine);
  return { data, body, warnings, slugLine: 'slug' in fields ? keyLine('slug') : null };
}

/** YAML's fields (the lines between the fences, the first of them line 2 of the file). */
function readYaml(yamlText: string, file: string): unknown {
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  const lineOf = (pos: number) => 2 + (yamlText.slice(0, pos).match(/\n/g)?.length ?? 0);
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    throw new IngestError(file, lineOf(err.pos[0]), `invalid YAML in the front matter: ${err.message.split('\n')[0]}`, 'write each field as `key: value` (quote values that contain a colon)');
  }
  try {
    // Aliases expand at most 100 times over (billion-laughs YAML is refused, not expanded).
    return doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new IngestError(file, 2, `the front matter cannot be read: ${(e as Error).message.split('\n')[0]}`, 'write plain `key: value` fields, without YAML anchors and aliases (&x / *x)');
  }
}

/** TOML's fields, as Hugo's `+++` front matter writes them (its dates are `Date`s, as YAML's are). */
function readToml(tomlText: string, file: string): unknown {
  try {
    return parseToml(tomlText);
  } catch (e) {
    const line = e instanceof TomlError ? 1 + e.line : 2;
    throw new IngestError(file, line, `invalid TOML in the front matter: ${(e as Error).message.split('\n')[0]}`, 'write each field as `key = "value"` (quote text), or use YAML between `---` lines');
  }
}

/**
 * A name as a note-taking app links it to the person's note, `[[Tom Becker]]` (Obsidian's web
 * clipper writes the author so), `[[Tom Becker|Tom]]`: the note's name, the person's.
 */
function unlinked(text: string): string {
  return text.replace(WIKI_LINK, (_, name: string) => name.trim());
}

/** A scalar as text; a list of scalars as "a, b"; anything else null. */
function fieldText(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value).trim();
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.map((v) => String(v).trim()).join(', ');
  return null;
}

/** Validates one field's value: the value to keep, or null (with a warning) when it cannot be used. */
function checkField(field: StringField, text: string, warn: (message: string, fix: string) => void, key: string): string | null {
  if (text === '') {
    warn(`front matter field '${key}' is empty and is ignored`, `give it a value or remove the line`);
    return null;
  }
  switch (field) {
    case 'lang':
      if (!LANG_TAG.test(text)) {
        warn(`'${key}: ${clip(text)}' is not a language tag; the interview is read as English`, 'write a BCP 47 tag such as `en`, `fr`, `pt-BR` or `zh-Hans`');
        return null;
      }
      return text;
    case 'source':
    case 'media':
      if (!isHttpUrl(text)) {
        warn(`'${key}: ${clip(text)}' is not an http(s) address and is ignored`, 'write the full address, starting with https://');
        return null;
      }
      return text;
    case 'date': {
      const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
      const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
      if (!m || !d || d.getUTCMonth() !== +m[2]! - 1 || d.getUTCDate() !== +m[3]!) {
        warn(`'${key}: ${clip(text)}' is not a date and is ignored`, 'write it as YYYY-MM-DD, for example `date: 2025-10-08`');
        return null;
      }
      return `${m[1]}-${m[2]}-${m[3]}`;
    }
    default:
      return text.replace(/\s+/g, ' ');
  }
}

export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/** "A + B", "A & B", "A, B and C" -> people. */
export function splitNames(s: string | undefined): string[] {
  if (!s) return [];
  return s
    .split(/\s*(?:\+|&|,|;|\/|\band\b|\bund\b|\bet\b|\by\b)\s*/u)
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

function readSpeakers(speakers: unknown, data: FrontMatter, file: string, keyLine: (k: string) => number): void {
  const addListed = (name: string, role: Role | null, line: number) => {
    // (Curly quotes a word processor set around a name, `[’Adam Back’]`, are no part of it.)
    const n = unlinked(name.trim().replace(/^[‘’“”]+|[‘’“”]+$/gu, '').trim());
    if (!n || data.speakers[n]) return;
    data.speakers[n] = { name: n, role, listed: true };
    data.speakerLines[n] = line;
  };
  const line = keyLine('speakers');
  if (typeof speakers === 'string') {
    for (const n of splitNames(speakers)) addListed(n, null, line);
    return;
  }
  if (Array.isArray(speakers)) {
    // `- Name`, or `- {name: Name, role: guest}` (also with `label:`).
    speakers.forEach((item, i) => {
      if (typeof item === 'string' || typeof item === 'number') return addListed(String(item), null, line + 1 + i);
      if (item && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string') {
        const spec = item as { name: string; role?: unknown; label?: unknown };
        const role = checkRole(spec.role, spec.name, file, line + 1 + i);
        if (typeof spec.label === 'string' && spec.label.trim()) {
          data.speakers[spec.label.trim()] = { name: spec.name.trim(), role };
          data.speakerLines[spec.label.trim()] = line + 1 + i;
        } else addListed(spec.name, role, line + 1 + i);
        return;
      }
      throw new IngestError(file, line + 1 + i, `item ${i + 1} of 'speakers' is not a name`, 'write each item as `  - Full Name` (or `  - {name: Full Name, role: guest}`)');
    });
    return;
  }
  if (typeof speakers !== 'object') {
    throw new IngestError(file, line, "'speakers' must list names or map labels to names", 'write it as `speakers:` followed by indented lines like `  SA: Sam Altman` or `  - Sam Altman`');
  }
  for (const [written, spec] of Object.entries(speakers as Record<string, unknown>)) {
    const at = keyLine(written);
    const label = labelKey(written);
    data.speakerLines[label] = at;
    if (typeof spec === 'string' || typeof spec === 'number') {
      data.speakers[label] = { name: String(spec).trim(), role: null };
    } else if (spec && typeof spec === 'object' && typeof (spec as { name?: unknown }).name === 'string') {
      const role = checkRole((spec as { role?: unknown }).role, written, file, at);
      data.speakers[label] = { name: (spec as { name: string }).name.trim(), role };
    } else if (ROLES.has(spec as Role)) {
      // `SA: guest`: a role for a label that is itself the name.
      data.speakers[label] = { name: label, role: spec as Role };
    } else {
      throw new IngestError(file, at, `speaker '${written}' has no name`, `write it as \`  ${written}: Full Name\``);
    }
  }
}

function checkRole(role: unknown, who: string, file: string, line: number): Role | null {
  if (role == null) return null;
  const mapped = roleOf(role);
  if (!mapped) throw new IngestError(file, line, `speaker '${who}' has unknown role '${String(role)}'`, 'use role: interviewer, guest or other (or host, moderator, interviewee, panelist)');
  return mapped;
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
