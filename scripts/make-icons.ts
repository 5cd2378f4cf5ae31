/**
 * `npm run icons`: renders scripts/icon.svg into public/icon/<size>.png at every size the stores and
 * browsers ask for (WXT puts public/icon/*.png into the manifest). The PNGs are committed; run this
 * again only after changing the drawing.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromePath } from '../test/e2e/browser';

const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(resolve(root, 'scripts', 'icon.svg'));
const outDir = resolve(root, 'public', 'icon');
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: chromePath(), args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<body style="margin:0"><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${svg.toString('base64')}"></body>`);
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    writeFileSync(resolve(outDir, `${size}.png`), await page.screenshot({ omitBackground: true }));
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
