import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/build.ts';

// `npm run dev` as an editor uses it: the server starts without errors, serves an interview, and
// shows an edit of the transcript on the next request. How fast is the benchmark's business.
const content = mkdtempSync(join(tmpdir(), 'interview-reader-dev-'));
mkdirSync(content, { recursive: true });
copyFileSync(join(ROOT, 'tests/fixtures/transcripts/clean-short.md'), join(content, 'clean-short.md'));
const PORT = 4477;
let server: ChildProcess | null = null;
let log = '';
afterAll(() => {
  server?.kill();
  rmSync(content, { recursive: true, force: true });
});

async function page(path: string, until: (html: string) => boolean, seconds: number): Promise<string> {
  const deadline = Date.now() + seconds * 1000;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const r = await fetch(`http://127.0.0.1:${PORT}${path}`);
      last = await r.text();
      if (r.ok && until(last)) return last;
    } catch {
      // not listening yet
    }
    await new Promise((ok) => setTimeout(ok, 250));
  }
  throw new Error(`no page at ${path} that passed the check within ${seconds}s; last response:\n${last.slice(0, 500)}\nserver log:\n${log.slice(-2000)}`);
}

describe('the dev server', () => {
  it('serves an interview, and an edited transcript on the next request, with no error logged', async () => {
    server = spawn(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(PORT)], {
      cwd: ROOT,
      // A plain environment: Vitest's own (Vite's variables, its module hooks) would change how the dev server runs.
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', INTERVIEWS_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (d) => (log += d));
    server.stderr!.on('data', (d) => (log += d));
    expect(await page('/clean-short/', (html) => html.includes('Stagnant.'), 90)).toContain('Ben Ode');
    appendFileSync(join(content, 'clean-short.md'), '\n**Ada Park:** And the compass?\n\n**Ben Ode:** Zanzibarine brass, never wrong.\n');
    expect(await page('/clean-short/', (html) => html.includes('Zanzibarine'), 60)).toContain('Zanzibarine brass, never wrong.');
    expect(log).not.toMatch(/\[ERROR\]|PARSE_ERROR/);
  });
});
