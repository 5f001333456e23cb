import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../src/serve.ts';

/** The static server behind `npm start` and the browser tests, against paths an attacker would send. */
let server: Server;
let port: number;

/** A raw request: the path goes out exactly as written (fetch would normalise it). */
function get(path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

let parent = '';
beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'serve-'));
  const dist = join(parent, 'dist');
  mkdirSync(join(dist, 'topics'), { recursive: true });
  mkdirSync(join(dist, 'café'), { recursive: true });
  mkdirSync(join(parent, 'dist-old'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<p>home</p>');
  writeFileSync(join(dist, 'topics', 'index.html'), '<p>topics</p>');
  writeFileSync(join(dist, 'café', 'index.html'), '<p>café</p>');
  writeFileSync(join(parent, 'dist-old', 'secret.txt'), 'secret');
  writeFileSync(join(parent, 'secret.txt'), 'secret');
  port = 4380 + Math.floor(Math.random() * 8);
  server = await serve(dist, port);
});
afterAll(() => {
  server?.close();
  if (parent) rmSync(parent, { recursive: true, force: true });
});

describe('the static server', () => {
  it('serves the site, with nosniff on every answer', async () => {
    const r = await get('/topics/');
    expect(r.status).toBe(200);
    expect(r.body).toBe('<p>topics</p>');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect((await get('/nope/')).headers['x-content-type-options']).toBe('nosniff');
  });
  it('never serves a sibling folder whose name starts like its own, or anything above it', async () => {
    for (const path of ['/%2e%2e%2fdist-old/secret.txt', '/..%2fdist-old/secret.txt', '/%2e%2e/secret.txt', '/..%2f..%2fsecret.txt']) {
      const r = await get(path);
      expect(r.body, path).not.toContain('secret');
      expect([403, 404], path).toContain(r.status);
    }
  });
  it('never redirects to another host', async () => {
    const r = await get('/%2Fevil.example%2F..%2Ftopics');
    expect(r.status).toBe(301);
    const location = String(r.headers.location);
    expect(location.startsWith('/')).toBe(true);
    expect(location.startsWith('//')).toBe(false);
    expect(new URL(location, 'http://site.example/').host).toBe('site.example');
  });
  it('answers a malformed path with 400 and keeps serving', async () => {
    expect((await get('/%')).status).toBe(400);
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/')).status).toBe(200);
  });
  it('redirects a folder with a non-ASCII name to its trailing slash', async () => {
    const r = await get('/caf%C3%A9');
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe('/caf%C3%A9/');
    expect((await get('/caf%C3%A9/')).body).toBe('<p>café</p>');
  });
});
