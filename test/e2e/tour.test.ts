/**
 * `npm start`'s tour, headless, in English and in 中文: every step finds its feature on screen when its
 * screenshot is taken, each screenshot is a real PNG named after that feature, the first-run page
 * saved the choices, no page saw an error, and no English sentence of the catalog is left on a
 * 中文 screen. What is checked is elements and text, not pixels.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../lib/i18n/en';
import { zh_CN } from '../../lib/i18n/zh_CN';
import { t, type MessageKey } from '../../lib/i18n';
import { SAMPLES, TOUR_LANGUAGES } from '../../scripts/samples';
import { runTour, TOUR_FEATURES, TOUR_SCRIPTS, type TourShot } from '../../scripts/tour';
import { currentWorker, launchWithExtension } from './browser';

/** The extension API the test calls in the service worker. */
interface ChromeApis {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}
declare const chrome: ChromeApis;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE), `${file} is a PNG`).toBe(true);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** English sentences of the catalog that 中文 says differently: none may show on a 中文 screen. */
const ENGLISH_SENTENCES = (Object.keys(en) as MessageKey[])
  .filter((key) => en[key] !== zh_CN[key] && !en[key].includes('{') && / \S+ /.test(en[key]))
  .map((key) => en[key]);

describe('npm start: the tour of the sample pages', () => {
  for (const language of TOUR_LANGUAGES) {
    it(`runs in ${language}; each screenshot shows the feature it is named after`, { timeout: 60_000 }, async () => {
      const browser = await launchWithExtension({ keepWelcome: true, locale: language === 'zh_CN' ? 'zh-CN' : 'en-US' });
      const outDir = mkdtempSync(join(tmpdir(), 'sol-tour-'));
      const tr = (key: MessageKey) => t(key, {}, language);
      const script = TOUR_SCRIPTS[language];
      try {
        const { shots, pageErrors } = await runTour(browser, { language, outDir });
        expect(shots.map((s) => s.feature)).toEqual([...TOUR_FEATURES]);
        const shot = Object.fromEntries(shots.map((s) => [s.feature, s])) as Record<TourShot['feature'], TourShot>;
        for (const { feature, file, shown } of shots) {
          expect(basename(file)).toBe(`${feature}-${language}.png`);
          expect(pngSize(file).width).toBeGreaterThanOrEqual(400);
          expect(shown, `${feature}: its elements inside the screenshot`).toBeGreaterThan(0);
        }

        expect(shot.welcome.text).toContain(tr('welcome.title'));
        expect(shot.welcome.text).toContain(tr('welcome.saved'));
        expect(shot.samples.shown).toBe(SAMPLES.length);
        expect(shot.badges.text.split(' ')).toContain('breach');
        expect(shot.tooltip.text).toContain(tr(`metric.${script.badge.metric}` as MessageKey));
        expect(shot.tooltip.text).toContain(tr('level.breach'));
        expect(shot.tooltip.text).toContain(tr('tooltip.click'));
        expect(shot.panel.text.split('\n')[0]).toBe(script.badge.entity);
        expect(shot.panel.text.split('\n')[1]).not.toBe('');
        expect(shot.ads.shown).toBeGreaterThanOrEqual(3);
        expect(shot.diagnostic.text).toMatch(/^account-health\n/);
        expect(shot.diagnostic.text).toContain(tr('diagnostic.title'));
        expect(shot.diagnostic.text).toContain(tr('diagnostic.nothingStored'));
        expect(shot.popup.text.toLowerCase()).toContain(tr('popup.todayHeading').toLowerCase()); // headings are upper-cased by CSS
        expect(shot.popup.text).toContain(script.summary);
        expect(shot.dashboard.text).toContain(tr('dash.tab.log'));
        expect(shot.dashboard.text).toContain(script.summary);
        expect(shot.team.text).toContain(tr('team.handin.heading'));
        expect(shot.team.text).toContain(script.summary);
        expect(pageErrors).toEqual([]);

        if (language === 'zh_CN') {
          // Not the diagnostic: its list of what was missing is the page reader's own report, in English.
          for (const feature of ['welcome', 'tooltip', 'panel', 'popup', 'dashboard', 'team'] as const) {
            const leftInEnglish = ENGLISH_SENTENCES.filter((sentence) => shot[feature].text.includes(sentence));
            expect(leftInEnglish, `${feature} in 中文`).toEqual([]);
          }
        }

        // The first-run page saved what was chosen, in the settings every page reads.
        const { settings } = await currentWorker(browser).evaluate(() => chrome.storage.local.get('settings'));
        expect(settings).toMatchObject({ language, assistantName: script.name, marketplaces: expect.arrayContaining(script.marketplaces) });
        expect((settings as { owners: string[] }).owners[0]).toBe(script.name);
      } finally {
        await browser.close();
        rmSync(outDir, { recursive: true, force: true });
      }
    });
  }
});
