/**
 * Loads a fixture page into jsdom with its scripts running, at its real URL, and waits for it to render:
 * the unit-level stand-in for a browser tab. (Layout and scrolling do not exist in jsdom, so a
 * virtualized grid shows its first screen only; the browser tests cover scrolling.)
 */
import { JSDOM } from 'jsdom';

export async function loadPage(html: string, url: string, waitMs = 1000): Promise<{ dom: JSDOM; document: Document; window: Window }> {
  const dom = new JSDOM(html, { url, runScripts: 'dangerously', pretendToBeVisual: true });
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  return { dom, document: dom.window.document, window: dom.window as unknown as Window };
}
