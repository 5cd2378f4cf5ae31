/**
 * What the browser tests do inside a page or the service worker, shared by both drivers (Playwright for
 * Chromium in test/e2e/browser.ts, Puppeteer over WebDriver BiDi for Firefox in test/firefox/firefox.ts):
 * each in-page function is self-contained and takes one argument, as both drivers' `evaluate` send it.
 */

/** Every row of a table of the extension's database (none when the table does not exist yet). */
export function readRowsInPage<T>(table: string): Promise<T[]> {
  return new Promise<T[]>((resolveRows, reject) => {
    const open = indexedDB.open('seller-ops-log');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(table)) {
        db.close();
        return resolveRows([]);
      }
      const request = db.transaction(table, 'readonly').objectStore(table).getAll();
      request.onsuccess = () => {
        db.close();
        resolveRows(request.result as T[]);
      };
      request.onerror = () => reject(request.error);
    };
  });
}

/** Empties a table of the extension's database (nothing when it does not exist yet). */
export function clearRowsInPage(table: string): Promise<void> {
  return new Promise<void>((resolveDone, reject) => {
    const open = indexedDB.open('seller-ops-log');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(table)) {
        db.close();
        return resolveDone();
      }
      // Snapshots go with their day digests (lib/store/day-digest.ts), as the extension's own delete does.
      const stores = table === 'snapshots' && db.objectStoreNames.contains('dayDigests') ? [table, 'dayDigests'] : [table];
      const tx = db.transaction(stores, 'readwrite');
      for (const store of stores) tx.objectStore(store).clear();
      tx.oncomplete = () => {
        db.close();
        resolveDone();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** One scroll step of every virtualized container matching `selector`; true once all are at their end. */
export function scrollStepInPage(selector: string): boolean {
  const els = Array.from(document.querySelectorAll<HTMLElement>(selector));
  let finished = true;
  for (const el of els) {
    const maxTop = el.scrollHeight - el.clientHeight;
    const maxLeft = el.scrollWidth - el.clientWidth;
    if (el.scrollTop < maxTop - 1 || el.scrollLeft < maxLeft - 1) {
      el.scrollTop = Math.min(maxTop, el.scrollTop + Math.max(1, el.clientHeight * 0.8));
      el.scrollLeft = Math.min(maxLeft, el.scrollLeft + Math.max(1, el.clientWidth * 0.8));
      el.dispatchEvent(new Event('scroll'));
      finished = false;
    }
  }
  return finished;
}

/** The virtualized containers the fixtures use (AG Grid, react-virtualized). */
const GRID_SCROLLERS = ['.ag-body-viewport', '.ag-body-horizontal-scroll-viewport', '.ag-center-cols-viewport', '.ReactVirtualized__Grid'];

/** Scrolls each virtualized container to its end in steps, as the fixtures README describes; `step` runs `scrollStepInPage` in the page. */
export async function scrollGridsWith(step: (selector: string) => Promise<boolean>): Promise<void> {
  for (const selector of GRID_SCROLLERS) {
    for (let i = 0; i < 400 && !(await step(selector)); i++) await sleep(60);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `read` until `done` holds for two reads in a row (values settled) or the time is up. */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  let streak = 0;
  while (Date.now() < until) {
    streak = done(value) ? streak + 1 : 0;
    if (streak >= 2) return value;
    await sleep(150);
    value = await read();
  }
  return value;
}

/** A breach badge's fill (lib/content/badges.ts, `.breach`). */
export const BREACH_RED: [number, number, number] = [0xc4, 0x00, 0x00];

/**
 * The share of a PNG's pixels (a screenshot, base64) within `tolerance` of `rgb` on each channel:
 * decoded by the browser itself, so both drivers check what was painted, not what the DOM says.
 */
export async function colorShareInPage({ png, rgb, tolerance }: { png: string; rgb: [number, number, number]; tolerance: number }): Promise<number> {
  const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  let near = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i]! - rgb[0]) <= tolerance && Math.abs(data[i + 1]! - rgb[1]) <= tolerance && Math.abs(data[i + 2]! - rgb[2]) <= tolerance) near++;
  }
  return near / (data.length / 4);
}
