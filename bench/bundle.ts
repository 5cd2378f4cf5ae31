/**
 * Bundles bench/in-extension.ts (and the lib/ code it times) into one script that defines
 * `globalThis.solBench`, for `page.evaluate` in an extension page.
 */
import { resolve } from 'node:path';
import { build, type Rollup } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');

export async function inExtensionScript(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    resolve: { alias: { '@': ROOT } },
    build: {
      write: false,
      minify: false,
      emptyOutDir: false,
      lib: { entry: resolve(ROOT, 'bench/in-extension.ts'), formats: ['iife'], name: 'solBench', fileName: () => 'sol-bench.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o): o is Rollup.OutputChunk => o.type === 'chunk');
  if (!chunk) throw new Error('bench bundle: no output');
  return `${chunk.code}\nglobalThis.solBench = solBench;`;
}
