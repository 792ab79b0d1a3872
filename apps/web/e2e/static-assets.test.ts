// The built app as the API serves it: pre-compressed files per Accept-Encoding, immutable hashed
// assets, index.html revalidated, no source maps, and what the sign-in page downloads (measured on
// the bytes served, the chunks read from the build's manifest).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRoster, type RunningRoster } from '@roster/testing/roster';
import { webDist } from './server';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A GET whose body stays as sent (fetch would decompress it). */
function fetchRaw(url: string, acceptEncoding: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });
}

type Manifest = Record<string, { file: string; imports?: string[]; css?: string[] }>;
const manifest = (): Manifest =>
  JSON.parse(readFileSync(`${webDist}/.vite/manifest.json`, 'utf8')) as Manifest;

/** The JavaScript files a page loads: its entries and their static imports (modulepreloaded). */
function scriptsOf(entries: string[]): string[] {
  const chunks = manifest();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of chunks[key]?.imports ?? []) visit(imported);
  };
  entries.forEach(visit);
  return [...seen].map((key) => chunks[key]!.file);
}

/** The lazy chunks of the signed-in app: none is loaded by the sign-in page. */
const signedInScreens = [
  'src/app/org-layout.tsx',
  'src/features/organizations/org-overview-screen.tsx',
  'src/features/members/members-screen.tsx',
  'src/app/routes/projects.lazy.tsx',
  'src/features/settings/org-settings-screen.tsx',
];
/**
 * What the sign-in page may download, gzipped (README, "Load"): the 150 KiB. React (66 KiB)
 * and the router, query and tRPC client (43 KiB) are most of it; its form is checked by zod/mini
 * without react-hook-form, toasts load with the first one, the theme toggle is plain buttons.
 */
const signInBudget = 150 * 1024;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
let roster: RunningRoster;
let origin: string;

/** The bytes served for these files, gzip, brotli and uncompressed. */
async function servedSizes(files: string[]): Promise<string> {
  const size = async (acceptEncoding: string) => {
    const answers = await Promise.all(files.map((file) => fetchRaw(`${origin}/${file}`, acceptEncoding)));
    return answers.reduce((sum, answer) => sum + answer.body.length, 0);
  };
  const [gzip, br, raw] = [await size('gzip'), await size('br'), await size('identity')];
  return `${kib(gzip)} gzip, ${kib(br)} brotli, ${kib(raw)} uncompressed (${files.length} files)`;
}

beforeAll(async () => {
  // The API alone serves the files: no worker, no emails.
  roster = await startRoster({ webDist, worker: false });
  origin = roster.url;
});

afterAll(async () => {
  await roster?.stop();
});

describe('static files of the built app', () => {
  it('sends hashed assets brotli or gzip as accepted, cached as immutable', async () => {
    const [script] = scriptsOf(['index.html']);
    const original = readFileSync(`${webDist}/${script}`);
    const br = await fetchRaw(`${origin}/${script}`, 'gzip, deflate, br, zstd');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(original)).toBe(true);
    const gzip = await fetchRaw(`${origin}/${script}`, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(original)).toBe(true);
    const plain = await fetchRaw(`${origin}/${script}`, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
    for (const answer of [br, gzip, plain]) {
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toMatch(/^(?:text|application)\/javascript; charset=utf-8$/);
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(answer.headers.vary).toMatch(/accept-encoding/i);
    }
    const css = await fetchRaw(`${origin}/${manifest()['index.html']!.css![0]}`, 'br');
    expect([css.headers['content-encoding'], css.headers['content-type']]).toEqual([
      'br',
      'text/css; charset=utf-8',
    ]);
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers index.html, compressed and revalidated, for the app and its client-side routes', async () => {
    const index = readFileSync(`${webDist}/index.html`);
    for (const path of ['/', '/index.html', '/sign-in?redirect=%2F', '/orgs/some-org/members']) {
      const page = await fetchRaw(`${origin}${path}`, 'br, gzip');
      expect([path, page.status, page.headers['content-type']]).toEqual([
        path,
        200,
        'text/html; charset=utf-8',
      ]);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(page.body).equals(index)).toBe(true);
    }
    // theme.js keeps its name across releases and must match their styles: revalidated too.
    const theme = await fetchRaw(`${origin}/theme.js`, 'gzip');
    expect([theme.status, theme.headers['cache-control']]).toEqual([200, 'no-cache']);
    const favicon = await fetchRaw(`${origin}/favicon.svg`, 'gzip');
    expect(favicon.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('serves no source map, compressed copy by name, or build manifest', async () => {
    expect(readdirSync(`${webDist}/assets`).filter((file) => file.endsWith('.map'))).toEqual([]);
    const [script] = scriptsOf(['index.html']);
    for (const path of [`/${script}.map`, '/main.js.map', `/${script}.br`, '/assets/missing.js']) {
      expect([path, (await fetchRaw(`${origin}${path}`, 'br')).status]).toEqual([path, 404]);
    }
    expect(existsSync(`${webDist}/.vite/manifest.json`)).toBe(true);
    const asked = await fetchRaw(`${origin}/.vite/manifest.json`, 'identity');
    // Not the manifest: dot directories are not served, so the path is a page like any other.
    expect(asked.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('loads the sign-in page without the signed-in app, within its JavaScript budget', async () => {
    const signIn = scriptsOf(['index.html', 'src/app/routes/sign-in.lazy.tsx']);
    const chunks = manifest();
    for (const screen of signedInScreens) expect(signIn).not.toContain(chunks[screen]!.file);
    // index.html's own scripts and styles (public/theme.js among them), then the route's chunks.
    const linked = [
      ...readFileSync(`${webDist}/index.html`, 'utf8').matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g),
    ];
    const coldLoad = [...new Set(['index.html', ...linked.map((match) => match[1]!), ...signIn])];
    const all = readdirSync(webDist, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(?:html|js|css|svg)$/.test(file))
      .map((file) => file.replaceAll('\\', '/'));
    console.log(
      `sign-in JavaScript: ${await servedSizes(signIn)}\n` +
        `sign-in cold load (+ HTML, CSS): ${await servedSizes(coldLoad)}\n` +
        `every file of the app: ${await servedSizes(all)}`,
    );
    // As served to a browser accepting gzip (the few files gzip would not shrink come as they are).
    const gzipped = await Promise.all(signIn.map((file) => fetchRaw(`${origin}/${file}`, 'gzip')));
    expect(gzipped.reduce((sum, answer) => sum + answer.body.length, 0)).toBeLessThan(signInBudget);
  });
});
