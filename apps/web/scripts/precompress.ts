import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

const brotli = promisify(brotliCompress);
const gzipFile = promisify(gzip);

/** Text files worth compressing; images, fonts and archives are compressed already. */
const compressible = /\.(?:html|js|mjs|css|svg|json|txt|xml|webmanifest)$/;

async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return (
    entries
      .filter((entry) => entry.isFile() && compressible.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      // Vite's own files (.vite/manifest.json) are for the build's tests, not for browsers.
      .filter((path) => !path.includes('/.vite/'))
  );
}

/** Writes `name.br` (brotli, best quality) and `name.gz` (gzip -9) when they are smaller than `name`. */
async function compressFile(path: string): Promise<void> {
  const content = await readFile(path);
  const variants = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzipFile(content, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  await Promise.all(
    ['br', 'gz'].map((extension, i) =>
      variants[i]!.length < content.length ? writeFile(`${path}.${extension}`, variants[i]!) : null,
    ),
  );
}

/**
 * Pre-compresses the built app (public files included) once, at build time: the API serves the
 * `.br` or `.gz` sibling that the browser accepts (@fastify/static's `preCompressed`) and never
 * compresses a static file per request.
 */
export function precompress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'roster:precompress',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      const files = await filesIn(outDir);
      await Promise.all(files.map(compressFile));
      config.logger.info(`pre-compressed ${files.length} files (.br, .gz)`);
    },
  };
}
