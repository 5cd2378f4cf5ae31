/**
 * `npm start`: builds the extension, opens Chromium with it loaded on the sample Seller Central and
 * Advertising pages (our own copies, served at their real addresses; no Amazon account needed) and
 * walks the tour: first-run page, badges, tooltip, log panel, ads, a diagnostic, popup, dashboard.
 * The window stays open on the start page until you close it.
 *
 *   npm start                      a window, in the language of your system (English or 中文)
 *   npm start -- --lang zh_CN      in 中文 (or --lang en)
 *   npm start -- --headless        no window: the same tour, screenshots in screenshots/
 *   npm start -- --out docs        screenshots elsewhere (the README's come from here)
 *   npm start -- --skip-build      reuse the last build
 */
import { execSync } from 'node:child_process';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { EXTENSION_PATH, launchWithExtension } from '../test/e2e/browser';
import { TOUR_LANGUAGES, type TourLanguage } from './samples';
import { runTour } from './tour';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    lang: { type: 'string' },
    out: { type: 'string', default: 'screenshots' },
    'skip-build': { type: 'boolean', default: false },
  },
});

const systemLanguage = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
const language = (values.lang ?? (/^zh/i.test(systemLanguage) ? 'zh_CN' : 'en')) as TourLanguage;
if (!TOUR_LANGUAGES.includes(language)) throw new Error(`--lang is one of ${TOUR_LANGUAGES.join(', ')}`);

// A Linux machine without a display cannot open a window: run the same tour headless instead.
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const headless = values.headless || noDisplay;
if (noDisplay && !values.headless) console.log('No display found: running the tour headless (npm start -- --headless).');

if (!values['skip-build']) execSync('npx wxt build', { stdio: 'inherit' });

const browser = await launchWithExtension({ headless, locale: language === 'zh_CN' ? 'zh-CN' : 'en-US', keepWelcome: true });
try {
  console.log(`\nTour (${language}), screenshots in ${values.out}/:`);
  const { pageErrors } = await runTour(browser, { language, outDir: values.out, pauseMs: headless ? 0 : 1200, log: (line) => console.log(line) });
  if (pageErrors.length) throw new Error(`Errors reached the sample pages:\n${pageErrors.join('\n')}`);
} catch (error) {
  await browser.close();
  throw error;
}

const built = relative(process.cwd(), EXTENSION_PATH);
if (headless) {
  await browser.close();
  console.log(`\nDone. To use the build in your own browser, load ${built} (README: "Install").`);
} else {
  console.log(`
The browser stays open on the sample start page: open any sample, hover and click badges, log entries.
The toolbar icon (puzzle piece → Seller Ops Log) opens the popup; right-click it → Options opens the dashboard.
Close the window to finish. To use the build in your own browser, load ${built} (README: "Install").`);
  await new Promise<void>((resolve) => {
    browser.context.on('close', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  await browser.close().catch(() => undefined);
}
