/**
 * Imports one of the extension's own scripts into this content-script world as a module: the page reader
 * (./reader-loader.ts) and the log panel (./panel-loader.ts). The browser parses a module it fetches off the
 * page's main thread and keeps its compiled code for the next load, where a script the background injects is
 * parsed on the main thread each time (bench/README.md, "contentScriptEvalMs: the reader as a module"), and no
 * background has to be awake to answer. The files are web-accessible to the listed pages only (wxt.config.ts).
 */
import type { PublicPath } from 'wxt/browser';
import { extensionApi } from '../store/extension-api';

/** A script of the built extension, as `runtime.getURL` takes it. */
type OwnScript = Extract<PublicPath, `${string}.js`>;

/** The browser's own `import()`; the unit tests stand in for it. */
export type ImportModule = (url: string) => Promise<unknown>;

export const browserImport: ImportModule = (url) => import(/* @vite-ignore */ url);

/**
 * Whether `file` (an address inside the extension, `/reader-advertising.js`) was imported and evaluated. False
 * where the browser or page refuses the import (a sandboxed frame, a browser without module imports in content
 * scripts) or the extension has gone: the caller then asks the background to inject the same file.
 */
export async function importOwnScript(file: OwnScript, importModule: ImportModule = browserImport): Promise<boolean> {
  const runtime = extensionApi().runtime;
  if (!runtime?.id) return false;
  try {
    await importModule(runtime.getURL(file));
    return true;
  } catch {
    return false;
  }
}
