import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Empties the output folder without making the build wait for it.
 *
 * Astro deletes the previous output file by file before it bundles, synchronously: for the tens
 * of thousands of pages of a large archive, seconds added to every rebuild (bench/HISTORY.md). This moves the old folder
 * aside in one rename instead, and a child process deletes it while the build goes on. What
 * Astro keeps, it keeps too: a `.git` folder inside the output (a deploy branch checked out
 * there) stays in place. Where a rename cannot do it (the output folder is a symbolic link, or
 * on another file system than every place to move it to), it empties the folder as Astro would.
 */

const TRASH_PREFIX = 'interview-reader-old-output-';

/**
 * Leaves `outDir` empty but for `.git`, and returns the folders still to delete (the old output
 * and any left by an interrupted build), or none if it had to delete in place.
 */
export function clearOutput(outDir: string, trashDir: string): string[] {
  const leftovers = existsSync(trashDir) ? readdirSync(trashDir).filter((n) => n.startsWith(TRASH_PREFIX)).map((n) => join(trashDir, n)) : [];
  const stat = lstatSync(outDir, { throwIfNoEntry: false });
  if (!stat) return leftovers;
  if (stat.isDirectory()) {
    for (const place of [trashDir, dirname(outDir)]) {
      const trash = join(place, `${TRASH_PREFIX}${process.pid}-${Date.now()}`);
      try {
        mkdirSync(place, { recursive: true });
        renameSync(outDir, trash);
      } catch {
        continue;
      }
      mkdirSync(outDir, { recursive: true });
      if (existsSync(join(trash, '.git'))) renameSync(join(trash, '.git'), join(outDir, '.git'));
      return [...leftovers, trash];
    }
  }
  // A symbolic link, or no place to move it to: empty what it points to, as Astro does.
  for (const name of readdirSync(outDir)) if (name !== '.git') rmSync(join(outDir, name), { recursive: true, force: true, maxRetries: 3 });
  return leftovers;
}

/** Deletes folders in a child process, on another core than the build's; resolves when done. */
export function deleteInBackground(folders: string[]): Promise<void> {
  if (folders.length === 0) return Promise.resolve();
  return new Promise((done) => {
    const script = `for (const f of process.argv.slice(1)) require('node:fs').rmSync(f, { recursive: true, force: true, maxRetries: 3 });`;
    const child = spawn(process.execPath, ['-e', script, ...folders], { stdio: 'ignore' });
    // A folder that could not be deleted is only disk space; the next build tries again.
    child.on('exit', () => done());
    child.on('error', () => done());
  });
}

export function outputFolder(): AstroIntegration {
  let outDir = '';
  let trashDir = '';
  let deleting: Promise<void> = Promise.resolve();
  return {
    name: 'interview-reader:output-folder',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // This integration empties it instead (astro:build:start runs before Astro would).
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        trashDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        deleting = deleteInBackground(clearOutput(outDir, trashDir));
      },
      'astro:build:done': async () => {
        await deleting;
      },
    },
  };
}
