import { defineConfig } from 'wxt';
import { HOST_MATCH_PATTERNS, SOURCES } from './lib/read/marketplaces';

// https://wxt.dev/api/config.html
export default defineConfig({
  // SOL_OUT_DIR lets parallel test runs build side by side; the default is WXT's `.output`.
  ...(process.env.SOL_OUT_DIR ? { outDir: process.env.SOL_OUT_DIR } : {}),
  // SOL_NO_MINIFY=1 keeps names readable in a profile of the built extension; SOL_SOURCEMAP=1 writes source
  // maps, to see which module a built script's bytes come from. Neither is used by a normal build.
  vite: () => ({ build: { ...(process.env.SOL_NO_MINIFY ? { minify: false } : {}), ...(process.env.SOL_SOURCEMAP ? { sourcemap: true } : {}) } }),
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // The sources zip (for Mozilla's review) is what rebuilds the add-on, without local tour screenshots.
  zip: { excludeSources: ['screenshots/**', 'tmp/**'] },
  hooks: {
    // The extension's pages (popup, dashboard, welcome) are built together, and Rollup splits the code they
    // share into a chunk per combination of pages: the popup loaded ten files. Each costs the page's one
    // thread a few tasks as it opens (its request, response and module record), and that thread is what
    // the popup waits for (bench/README.md, "popupInteractiveMs: where the opening goes, and fewer files"). Chunks under 250 kB are
    // merged into others wherever Rollup finds that every page still runs the same side effects as it loads:
    // the popup loads three.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.some((entrypoint) => entrypoint.name === 'popup')) return;
      const rollup = ((viteConfig.build ??= {}).rollupOptions ??= {});
      if (Array.isArray(rollup.output)) throw new Error('wxt.config.ts: one Rollup output expected for the pages');
      rollup.output = { ...rollup.output, experimentalMinChunkSize: 250_000 };
    },
    // WXT titles the toolbar button with the popup's <title>; the store name in the browser's language
    // (_locales) reads right in 中文 too.
    'build:manifestGenerated': (_wxt, manifest) => {
      const button = manifest.action ?? manifest.browser_action; // MV3 / MV2 (Firefox)
      if (button) button.default_title = '__MSG_extName__';
      // The one declared content script: a few hundred bytes that wait for the page's load and ask for
      // the reader (lib/content/reader-loader.ts). Declared here rather than as a WXT content script,
      // whose context and the polyfill it brings would be most of the page's cost of the extension.
      // At document start the browser fits it in before the page parses; at document_idle it is fitted
      // in between DOMContentLoaded and load and holds the load event back (bench/README.md).
      manifest.content_scripts = [{ matches: HOST_MATCH_PATTERNS, js: ['page-loader.js'], run_at: 'document_start' }];
      // The page reader and the log panel are imported from the extension as modules
      // (lib/content/import-own-script.ts): only the listed pages may load them, and in Chrome only through an
      // address that changes with each session (`use_dynamic_url`), so no page can tell from a fixed address
      // that the extension is here. Firefox's add-on addresses are already random for each install.
      const imported = [...SOURCES.map((source) => `reader-${source}.js`), 'log-panel.js'];
      manifest.web_accessible_resources =
        manifest.manifest_version === 3 ? [{ resources: imported, matches: HOST_MATCH_PATTERNS, use_dynamic_url: true }] : imported;
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Host access only to the pages the extension reads; nothing else.
    host_permissions: HOST_MATCH_PATTERNS,
    // storage: settings every context reads; unlimitedStorage: a year of history must not be evicted;
    // alarms: the toolbar badge recounts at midnight, when "due today" and "today's breaches" roll over;
    // scripting: inject the log panel's code into a page only when it is opened (MV2: tabs.executeScript,
    // no permission). By manifest version, not browser: a Firefox MV3 build needs it as Chrome does.
    permissions: ['storage', 'unlimitedStorage', 'alarms', ...(manifestVersion === 3 ? ['scripting'] : [])],
    // The dashboard is also the options page, opened in a full tab (it holds charts and the whole log).
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    commands: {
      'open-log-panel': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandOpenPanel__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'seller-ops-log@example.org',
              strict_min_version: '115.0',
              // Mozilla's data consent declaration: the extension collects and sends nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
