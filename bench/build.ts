/**
 * "Builds if needed": the extension is rebuilt when there is no build, or when a source file is newer
 * than the build's manifest. The build goes where the tests look for it (`$SOL_OUT_DIR`, else `.output`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXTENSION_PATH } from '../test/e2e/browser';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCES = ['lib', 'entrypoints', 'components', 'public', 'wxt.config.ts', 'package.json'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(path) ? 0 : stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

export function ensureBuild(log: (line: string) => void): void {
  const manifest = join(EXTENSION_PATH, 'manifest.json');
  const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((s) => newestChange(join(ROOT, s))));
  if (builtAt > changedAt) return;
  log(builtAt ? 'sources changed since the last build: building' : `no build at ${EXTENSION_PATH}: building`);
  try {
    // vite-node, which runs the benchmark, sets NODE_ENV=development; a build that inherits it ships
    // React's development build in the popup and the dashboard (twice the script, slower).
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    log(`${stdout?.toString() ?? ''}${stderr?.toString() ?? ''}`);
    throw new Error('the build failed');
  }
}
