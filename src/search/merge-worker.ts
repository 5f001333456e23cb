import { IndexFormatError, mergeIndexes } from './merge-index.ts';

/**
 * Child process of src/search/integration.ts: merges the Pagefind bundles named on the command
 * line (output folder first) and reports how it went over IPC.
 */
const [out, ...parts] = process.argv.slice(2);
try {
  await mergeIndexes(parts, out!);
  process.send!({ ok: true });
} catch (e) {
  const message = e instanceof Error ? e.message : String(e);
  process.send!(e instanceof IndexFormatError ? { formatError: message } : { error: message });
}
process.disconnect?.();
