import { defineConfig } from 'wxt';
import { HOST_MATCH_PATTERNS } from './lib/marketplaces';

// https://wxt.dev/api/config.html
export default defineConfig({
  // SOL_OUT_DIR lets parallel test runs build side by side; the default is WXT's `.output`.
  ...(process.env.SOL_OUT_DIR ? { outDir: process.env.SOL_OUT_DIR } : {}),
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Host access only to the pages the extension reads; nothing else.
    host_permissions: HOST_MATCH_PATTERNS,
    // storage: settings every context reads; unlimitedStorage: a year of history must not be evicted;
    // alarms: the toolbar badge recounts at midnight, when "due today" and "today's breaches" roll over;
    // scripting: inject the log panel's code into a page only when it is opened (MV2: tabs.executeScript).
    permissions: ['storage', 'unlimitedStorage', 'alarms', ...(browser === 'firefox' ? [] : ['scripting'])],
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
            gecko: { id: 'seller-ops-log@example.org', strict_min_version: '115.0' },
          },
        }
      : {}),
  }),
});
