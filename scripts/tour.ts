/**
 * The tour of `npm start`, in English or 中文: the first-run page, the sample start page, badges on a
 * Seller Central page, a badge's tooltip, the log panel (an entry is logged), the Advertising console,
 * a page Amazon changed (diagnostic), the popup, the dashboard and the Team tab. Each step waits for its feature on
 * screen, fails loudly if it does not come, and saves a screenshot named after it. The browser test
 * (test/e2e/tour.test.ts) runs this same tour and checks what each step found.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { t, type MessageKey } from '../lib/i18n';
import { readTable, type ExtensionBrowser } from '../test/e2e/browser';
import { loadSamples, serveSamples, START_URL, type LoadedSample, type TourLanguage } from './samples';

export const TOUR_FEATURES = ['welcome', 'samples', 'badges', 'tooltip', 'panel', 'ads', 'diagnostic', 'popup', 'dashboard', 'team'] as const;
export type TourFeature = (typeof TOUR_FEATURES)[number];

export interface TourShot {
  feature: TourFeature;
  /** The PNG written. */
  file: string;
  /** How many of the feature's elements were inside the viewport when the screenshot was taken. */
  shown: number;
  /** The feature's text on screen: a heading, the tooltip, the panel's entity, the logged summary. */
  text: string;
}

export interface TourResult {
  shots: TourShot[];
  /** Uncaught errors in any sample page: the extension must never throw into a page. */
  pageErrors: string[];
  /** The start page, left open for a person to go on from. */
  startPage: Page;
}

export interface TourOptions {
  language: TourLanguage;
  /** Where the screenshots go, as `<feature>-<language>.png`. */
  outDir: string;
  /** A pause after each step for a person watching the window; none in tests. */
  pauseMs?: number;
  log?: (line: string) => void;
}

const VIEWPORT = { width: 1280, height: 800 };
const WIDE_VIEWPORT = { width: 1600, height: 800 };
/** The popup's own width (popup.css); as tall as Chrome lets a popup be. */
const POPUP_VIEWPORT = { width: 400, height: 600 };
const STEP_TIMEOUT_MS = 15_000;

export interface TourScript {
  name: string;
  owners: string;
  marketplaces: string[];
  /** The sample whose badges the tour shows, and the badge it hovers and clicks. */
  badgesSample: string;
  badge: { metric: string; entity: string };
  summary: string;
  adsSample: string;
}

/** What the tour chooses and types, as an assistant working in that language would. */
export const TOUR_SCRIPTS: Record<TourLanguage, TourScript> = {
  en: {
    name: 'Lily Chen',
    owners: 'Wang Lei\nMaria Rossi',
    marketplaces: ['US', 'CA', 'UK'],
    badgesSample: 'account-health/newer-layout-en-gb',
    badge: { metric: 'orderDefectRate', entity: 'account' },
    summary: 'ODR 1.12%: pulled the 14 defect orders, root cause with the warehouse',
    adsSample: 'ads/ad-groups-en-gb',
  },
  zh_CN: {
    name: '韩梅梅',
    owners: '王磊\n李娜',
    marketplaces: ['US', 'UK', 'DE'],
    badgesSample: 'inventory/manage-inventory-zh-cn',
    badge: { metric: 'available', entity: 'NW-LEASH-RED-L' },
    summary: '只剩 18 件：已联系工厂加急补货',
    adsSample: 'ads/campaigns-zh-cn',
  },
};

export async function runTour(browser: ExtensionBrowser, options: TourOptions): Promise<TourResult> {
  const { language } = options;
  const script = TOUR_SCRIPTS[language];
  const say = options.log ?? (() => undefined);
  const text = (key: MessageKey, params: Record<string, string | number> = {}) => t(key, params, language);
  const samples = loadSamples();
  const sample = (fixture: string): LoadedSample => {
    const found = samples.find((s) => s.fixture === fixture);
    if (!found) throw new Error(`The tour names a sample that is not in scripts/samples.ts: ${fixture}`);
    return found;
  };
  const shots: TourShot[] = [];
  const pageErrors: string[] = [];
  mkdirSync(options.outDir, { recursive: true });

  const shoot = async (page: Page, feature: TourFeature, found: Locator | number, shownText: string) => {
    const file = join(options.outDir, `${feature}-${language}.png`);
    const shown = typeof found === 'number' ? found : await countInViewport(page, found);
    await page.screenshot({ path: file });
    shots.push({ feature, file, shown, text: shownText });
    say(`  ${feature}: ${file}`);
    if (options.pauseMs) await page.waitForTimeout(options.pauseMs);
  };
  const extensionPage = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

  await serveSamples(browser.context, samples, language);

  // 1. The first-run page the extension opened on install: language, name, marketplaces, owners.
  const welcome = browser.welcome;
  await welcome.setViewportSize(VIEWPORT);
  await welcome.locator('[data-sol-welcome] select[name=language]').selectOption(language);
  await expectText(welcome.locator('h1'), text('welcome.title'));
  await welcome.locator('input[name=assistantName]').fill(script.name);
  for (const code of script.marketplaces) await welcome.locator(`input[name=marketplace][value=${code}]`).check();
  await welcome.locator('textarea[name=owners]').fill(script.owners);
  await welcome.locator('select[name=default-owner-operations]').selectOption(script.name);
  await welcome.locator('select[name=default-owner-compliance]').selectOption(script.name);
  await welcome.locator('[data-sol-welcome-save]').click();
  const saved = welcome.locator('[data-sol-welcome-status=saved]');
  await saved.waitFor({ timeout: STEP_TIMEOUT_MS });
  await fitHeight(welcome, 1400);
  await shoot(welcome, 'welcome', welcome.locator('[data-sol-welcome] h1, [data-sol-welcome-status=saved]'), `${await welcome.locator('h1').innerText()}\n${await saved.innerText()}`);

  // 2. The start page of the samples, on a Seller Central address.
  const start = await browser.context.newPage();
  start.on('pageerror', (e) => pageErrors.push(`${start.url()}: ${String(e)}`));
  await start.setViewportSize(VIEWPORT);
  await start.goto(START_URL);
  const links = start.locator('a[data-sample]');
  await shoot(start, 'samples', links, (await start.locator('h1').innerText()).trim());

  // 3. A Seller Central page with badges beside its numbers, opened from the start page.
  const badgesSample = sample(script.badgesSample);
  await start.locator(`a[data-sample="${badgesSample.fixture}"]`).click();
  const badge = start.locator(`[data-sol-badge][data-sol-metric="${script.badge.metric}"][data-sol-entity="${script.badge.entity}"]`);
  await badge.waitFor({ timeout: STEP_TIMEOUT_MS });
  await settleBadges(start, badgesSample);
  await badge.scrollIntoViewIfNeeded();
  await shoot(start, 'badges', start.locator('[data-sol-badge]'), (await start.locator('[data-sol-badge]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sol-level')))).join(' '));

  // 4. Hovering the badge: the tooltip with the rule, the last days and the suggested action.
  await badge.hover();
  const tooltip = await waitForClosedShadow(start, '[data-sol-tooltip]');
  await shoot(start, 'tooltip', tooltip.inViewport ? 1 : 0, tooltip.text);

  // 5. Clicking it: the log panel, filled in from the page; a summary and Enter log the entry.
  await badge.click();
  const panel = start.locator('[data-sol-panel]');
  const summary = panel.locator('input[name=summary]');
  await summary.waitFor({ timeout: STEP_TIMEOUT_MS });
  await summary.fill(script.summary);
  await shoot(start, 'panel', panel.locator('form'), `${await panel.locator('input[name=entity]').inputValue()}\n${await panel.locator('input[name=action]').inputValue()}`);
  await summary.press('Enter');
  await expectAttribute(panel.locator('[data-sol-form-status]'), 'data-sol-form-status', 'saved');
  const logged = await readTable<{ summary: string }>(browser, 'entries');
  if (!logged.some((e) => e.summary === script.summary)) throw new Error('The panel said saved, but the entry is not in the database');

  // 6. The Advertising console's campaign manager, in the same tab.
  await start.goto(START_URL);
  await start.locator(`a[data-sample="${script.adsSample}"]`).click();
  const adsBadges = start.locator('[data-sol-badge][data-sol-metric=acos]');
  await adsBadges.first().waitFor({ timeout: STEP_TIMEOUT_MS });
  await settleBadges(start, sample(script.adsSample));
  // ACOS is the grid's last column: a wide window, and the grid scrolled to its end, as an assistant would.
  await start.setViewportSize(WIDE_VIEWPORT);
  await start.evaluate(() => {
    for (const bar of Array.from(document.querySelectorAll('.ag-body-horizontal-scroll-viewport'))) {
      bar.scrollLeft = bar.scrollWidth;
      bar.dispatchEvent(new Event('scroll'));
    }
  });
  await adsBadges.first().scrollIntoViewIfNeeded();
  await shoot(start, 'ads', adsBadges, (await adsBadges.evaluateAll((els) => els.map((e) => e.getAttribute('data-sol-entity')))).join('\n'));

  // 7. A page Amazon has changed: nothing is stored, and the extension says what it could not read.
  await start.setViewportSize(VIEWPORT);
  await start.goto(START_URL);
  await start.locator('a[data-sample="account-health/anchors-gone-en-us"]').click();
  const diagnostic = start.locator('[data-sol-diagnostic]');
  const diagnosticBox = diagnostic.locator('[part=box]');
  await diagnosticBox.waitFor({ timeout: STEP_TIMEOUT_MS });
  await shoot(start, 'diagnostic', diagnosticBox, `${await diagnostic.getAttribute('data-sol-diagnostic')}\n${await diagnosticBox.innerText()}`);

  // 8. The toolbar popup (opened as a tab at the popup's size): today's log, checklist, breaches, export.
  const popup = await browser.context.newPage();
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.goto(extensionPage('popup.html'));
  await popup.locator('[data-sol-ready]').waitFor({ timeout: STEP_TIMEOUT_MS });
  const popupEntry = popup.locator('[data-sol-entry]').filter({ hasText: script.summary });
  await popupEntry.first().waitFor({ timeout: STEP_TIMEOUT_MS });
  await fitHeight(popup, 1600);
  await shoot(popup, 'popup', popup.locator('[data-sol-ready] h1, [data-sol-entry]'), await popup.locator('[data-sol-ready]').innerText());

  // 9. The dashboard: the whole log, history, weekly review, settings and backup.
  const dashboard = await browser.context.newPage();
  await dashboard.setViewportSize(VIEWPORT);
  await dashboard.goto(extensionPage('dashboard.html#log'));
  const dashboardEntry = dashboard.locator('[data-sol-entry]').filter({ hasText: script.summary });
  await dashboardEntry.first().waitFor({ timeout: STEP_TIMEOUT_MS });
  await shoot(dashboard, 'dashboard', dashboard.locator('[data-sol-tab], [data-sol-entry]'), await dashboard.locator('body').innerText());

  // 10. The team: the day handed in from the popup (downloaded: no team folder is kept here), and the
  // Team tab reading it back from a folder, as the lead would.
  const teamDir = mkdtempSync(join(tmpdir(), 'sol-tour-team-'));
  try {
    const [handedIn] = await Promise.all([popup.waitForEvent('download', { timeout: STEP_TIMEOUT_MS }), popup.locator('[data-sol-handin]').click()]);
    await handedIn.saveAs(join(teamDir, handedIn.suggestedFilename()));
    const team = await browser.context.newPage();
    await team.setViewportSize(VIEWPORT);
    await team.goto(extensionPage('dashboard.html#team'));
    await team.locator('input[type=file][data-sol-team-folder]').setInputFiles(teamDir);
    const teamEntry = team.locator('.team-day [data-sol-entry]').filter({ hasText: script.summary });
    await teamEntry.first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await fitHeight(team, 1800);
    await shoot(team, 'team', team.locator('[data-sol-member], .team-day [data-sol-entry]'), await team.locator('body').innerText());
  } finally {
    rmSync(teamDir, { recursive: true, force: true });
  }

  await start.goto(START_URL);
  await start.bringToFront();
  return { shots, pageErrors, startPage: start };
}

/** Makes the viewport as tall as the page (up to `max`), so one screenshot shows all of it. */
async function fitHeight(page: Page, max: number): Promise<void> {
  const width = page.viewportSize()?.width ?? VIEWPORT.width;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width, height: Math.min(max, Math.max(height, 200)) });
  await page.evaluate(() => scrollTo(0, 0));
}

/** Waits until every badge the sample's page should show is drawn, or a few seconds have passed. */
async function settleBadges(page: Page, sample: LoadedSample): Promise<void> {
  const expected = sample.page.expected.badges?.length ?? 1;
  const until = Date.now() + 5_000;
  while (Date.now() < until && (await page.locator('[data-sol-badge]').count()) < expected) await page.waitForTimeout(150);
}

/** How many of the located elements have a box inside the viewport. */
async function countInViewport(page: Page, located: Locator): Promise<number> {
  const viewport = page.viewportSize() ?? VIEWPORT;
  let inside = 0;
  for (const element of await located.all()) {
    const box = await element.boundingBox();
    if (box && box.width > 0 && box.height > 0 && box.x < viewport.width && box.y < viewport.height && box.x + box.width > 0 && box.y + box.height > 0) inside++;
  }
  return inside;
}

async function expectText(located: Locator, expected: string): Promise<void> {
  const until = Date.now() + STEP_TIMEOUT_MS;
  let seen = '';
  while (Date.now() < until) {
    seen = (await located.first().innerText().catch(() => '')).trim();
    if (seen === expected) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Expected "${expected}", saw "${seen}"`);
}

async function expectAttribute(located: Locator, name: string, expected: string): Promise<void> {
  const until = Date.now() + STEP_TIMEOUT_MS;
  let seen: string | null = null;
  while (Date.now() < until) {
    seen = await located.getAttribute(name).catch(() => null);
    if (seen === expected) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Expected ${name}="${expected}", saw "${seen}"`);
}

/**
 * The text of an overlay whose shadow root is closed (the tooltip, so page scripts cannot read it),
 * and whether it shows: read through the DevTools protocol, which sees closed roots.
 */
async function waitForClosedShadow(page: Page, hostSelector: string): Promise<{ text: string; inViewport: boolean }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const until = Date.now() + STEP_TIMEOUT_MS;
    while (Date.now() < until) {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: ProtocolNode };
      const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: hostSelector })) as { nodeId: number };
      const shadow = nodeId ? findNode(root, nodeId)?.shadowRoots?.[0] : undefined;
      if (shadow) {
        const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as { object: { objectId: string } };
        const { result } = (await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          returnByValue: true,
          functionDeclaration: `function () {
            const boxes = Array.from(this.children).filter((el) => el.localName !== 'style');
            const inViewport = boxes.some((el) => {
              const r = el.getBoundingClientRect();
              return getComputedStyle(el).display !== 'none' && r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
            });
            return { text: boxes.map((el) => el.innerText).join('\\n'), inViewport };
          }`,
        })) as { result: { value: { text: string; inViewport: boolean } } };
        if (result.value.inViewport) return result.value;
      }
      await page.waitForTimeout(100);
    }
    throw new Error(`${hostSelector} did not show`);
  } finally {
    await cdp.detach();
  }
}

interface ProtocolNode {
  nodeId: number;
  backendNodeId: number;
  children?: ProtocolNode[];
  shadowRoots?: ProtocolNode[];
  contentDocument?: ProtocolNode;
}

function findNode(node: ProtocolNode, nodeId: number): ProtocolNode | undefined {
  if (node.nodeId === nodeId) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    const found = findNode(child, nodeId);
    if (found) return found;
  }
  return undefined;
}
