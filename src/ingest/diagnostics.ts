import type { Diagnostic } from './types.ts';

/** `file:line: message. Fix: ...` on one line, the way compilers report. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line == null ? d.file : `${d.file}:${d.line}`;
  return `${where}: ${d.severity}: ${d.message}. Fix: ${d.fix}`;
}

/** A fatal ingestion problem. Carries the diagnostic so callers can print one clean line. */
export class IngestError extends Error {
  readonly diagnostic: Diagnostic;
  constructor(file: string, line: number | null, message: string, fix: string) {
    const diagnostic: Diagnostic = { severity: 'error', file, line, message, fix };
    super(formatDiagnostic(diagnostic));
    this.name = 'IngestError';
    this.diagnostic = diagnostic;
  }
}

export function warning(file: string, line: number | null, message: string, fix: string): Diagnostic {
  return { severity: 'warning', file, line, message, fix };
}
