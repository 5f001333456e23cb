import { readFileSync } from 'node:fs';
import type { Transcript } from '../../src/ingest/types.ts';

/** Hand labels: line -> spam | chrome | title | intro | heading | outro | <speaker name>. */
export function readLabels(path: string): Map<number, string> {
  const labels = new Map<number, string>();
  for (const row of readFileSync(path, 'utf8').split('\n')) {
    if (!row.trim() || row.startsWith('#')) continue;
    const [line, label] = row.split('\t');
    labels.set(Number(line), label!);
  }
  return labels;
}

/** The same labelling, read off what ingestion produced. */
export function labelsOf(t: Transcript): Map<number, string> {
  const out = new Map<number, string>();
  const set = (line: number, label: string) => {
    if (out.has(line)) throw new Error(`line ${line} labelled twice: ${out.get(line)} and ${label}`);
    out.set(line, label);
  };
  for (const r of t.removed) set(r.line, r.kind);
  if (t.titleLine != null) set(t.titleLine, 'title');
  for (const p of t.intro) set(p.line, 'intro');
  for (const p of t.outro) set(p.line, 'outro');
  for (const s of t.sections) {
    if (s.heading != null) set(s.line, 'heading');
    for (const turn of s.turns) for (const p of turn.paragraphs) set(p.line, turn.speaker);
  }
  return out;
}

export interface Comparison {
  total: number;
  wrong: { line: number; expected: string; actual: string | undefined }[];
}

export function compare(expected: Map<number, string>, actual: Map<number, string>): Comparison {
  const wrong: Comparison['wrong'] = [];
  for (const [line, label] of expected) if (actual.get(line) !== label) wrong.push({ line, expected: label, actual: actual.get(line) });
  for (const [line, label] of actual) if (!expected.has(line)) wrong.push({ line, expected: '(nothing)', actual: label });
  return { total: expected.size, wrong };
}
