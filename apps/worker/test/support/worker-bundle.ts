import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * esbuild as tsx (the worker's own runner) depends on it: no dependency of the worker's own. Only
 * the parts of its API used here are typed.
 */
interface Esbuild {
  build(options: Record<string, unknown>): Promise<{ errors: unknown[] }>;
}
interface ResolveArgs {
  path: string;
  importer: string;
  resolveDir: string;
  kind: string;
  pluginData?: unknown;
}
interface PluginBuild {
  onResolve(
    options: { filter: RegExp },
    callback: (args: ResolveArgs) => Promise<{ path: string; external: boolean } | undefined>,
  ): void;
  resolve(
    path: string,
    options: { resolveDir: string; kind: string; importer: string; pluginData: unknown },
  ): Promise<{ path: string; errors: unknown[] }>;
}

const esbuild = createRequire(fileURLToPath(import.meta.resolve('tsx')))('esbuild') as Esbuild;
const appDir = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `src/main.ts` of the worker compiled into one file, for tests that start (and SIGKILL) the real
 * worker many times: `node <bundle>` starts in a fraction of tsx's time, because Roster's own
 * TypeScript is compiled once here instead of through tsx's loader at every start. Packages from
 * node_modules stay outside the bundle, imported by their resolved absolute paths.
 */
const resolving = Symbol('resolving');

export async function bundleWorker(outDir: string): Promise<string> {
  const outfile = join(outDir, 'worker.mjs');
  const externals = {
    name: 'node-modules-external',
    setup(build: PluginBuild) {
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.path.startsWith('@roster/') || args.path.startsWith('node:')) return undefined;
        // esbuild's own resolution, marked so that this hook does not see its own question again.
        if (args.kind === 'entry-point' || args.pluginData === resolving) return undefined;
        const resolved = await build.resolve(args.path, {
          resolveDir: args.resolveDir,
          kind: args.kind,
          importer: args.importer,
          pluginData: resolving,
        });
        if (resolved.errors.length > 0) return undefined;
        return { path: resolved.path, external: true };
      });
    },
  };
  await esbuild.build({
    entryPoints: [join(appDir, 'src/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    plugins: [externals],
    logLevel: 'error',
  });
  return outfile;
}
