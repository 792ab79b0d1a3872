// The baseline of content-transfer: a bare node:http server piping bytes to and from files in one
// directory (the same one Roster's local storage writes under), nothing else — no session, no
// database, no hashing, no sniffing, no temp file or fsync.
//   POST /upload?name=<file>   the raw body → <dir>/<file>; 201 {"size": n}
//   GET  /download?name=<file> <dir>/<file> → the response, with its Content-Length
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { send } from './baseline-common.js';
import { transferBaselineSettings } from './env.js';

const { directory, port } = transferBaselineSettings();
await mkdir(directory, { recursive: true });

function fileOf(url: URL, res: ServerResponse): string | null {
  const name = url.searchParams.get('name') ?? '';
  if (!/^[\w.-]{1,100}$/.test(name) || name.startsWith('.')) {
    send(res, 400, { error: 'name: letters, digits, . _ -' });
    return null;
  }
  return join(directory, name);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://baseline');
  const fail = (error: unknown) => {
    // A client that hangs up once it has every byte (Content-Length), before the file stream has
    // signalled its end, is no failure.
    if ((error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
    console.error(error);
    if (!res.headersSent) send(res, 500, { error: 'failed' });
    else res.destroy();
  };
  if (req.method === 'POST' && url.pathname === '/upload') {
    const file = fileOf(url, res);
    if (!file) return;
    let size = 0;
    req.on('data', (chunk: Buffer) => (size += chunk.length));
    pipeline(req, createWriteStream(file)).then(() => send(res, 201, { size }), fail);
  } else if (req.method === 'GET' && url.pathname === '/download') {
    const file = fileOf(url, res);
    if (!file) return;
    stat(file)
      .then((info) => {
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': info.size });
        return pipeline(createReadStream(file), res);
      })
      .catch(fail);
  } else if (url.pathname === '/health') {
    send(res, 200, { ok: true });
  } else {
    send(res, 404, { error: 'Not found' });
  }
});

server.listen(port, '127.0.0.1');
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => process.exit(0));
