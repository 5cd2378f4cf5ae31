/**
 * The popup's quick log: what the form starts with. On a page the extension reads, the active tab's
 * content script says which marketplace, module (and entity) it shows; anywhere else the form is empty.
 */
import { emptyFormValues, toLocalInput, type LogFormContext, type LogFormValues } from './log-form-values';
import { t } from '../i18n/page';
import { isMarketplace } from '../read/marketplaces';
import type { PageContextReply, TabMessage } from '../store/messages';
import { endOfLocalDay } from '../rules';
import { MODULES, type Module } from '../store/schema';
import type { Settings } from '../store/settings';

/** How long the popup waits for a page's answer before showing the empty form. */
const PAGE_CONTEXT_TIMEOUT_MS = 400;

function isModule(value: unknown): value is Module {
  return typeof value === 'string' && (MODULES as readonly string[]).includes(value);
}

/** Keeps only well-formed fields of a page's answer: it comes from a script running in the page. */
function readReply(reply: unknown): PageContextReply | undefined {
  if (!reply || typeof reply !== 'object') return undefined;
  const r = reply as Record<string, unknown>;
  if (typeof r.pageUrl !== 'string') return undefined;
  return {
    pageUrl: r.pageUrl,
    ...(typeof r.marketplace === 'string' && isMarketplace(r.marketplace) ? { marketplace: r.marketplace } : {}),
    ...(isModule(r.module) ? { module: r.module } : {}),
    ...(typeof r.adapter === 'string' ? { adapter: r.adapter } : {}),
    ...(typeof r.entity === 'string' && r.entity.trim() ? { entity: r.entity.trim().slice(0, 500) } : {}),
  };
}

/** Asks the active tab's content script what it shows; undefined when it has none or does not answer. */
export async function activeTabContext(timeoutMs = PAGE_CONTEXT_TIMEOUT_MS): Promise<PageContextReply | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return undefined;
    const message: TabMessage = { type: 'pageContext' };
    const reply = await Promise.race([
      browser.tabs.sendMessage(tab.id, message) as Promise<unknown>,
      new Promise<undefined>((resolve) => setTimeout(resolve, timeoutMs, undefined)),
    ]);
    return readReply(reply);
  } catch {
    return undefined; // no content script in that tab (any page we do not read)
  }
}

export interface QuickLogStart {
  initial: LogFormValues;
  context: LogFormContext;
}

/** The form's starting values: from a page the extension reads (as its own log panel does), else empty. */
export function quickLogStart(page: PageContextReply | undefined, settings: Pick<Settings, 'defaultOwner'>, now: Date = new Date()): QuickLogStart {
  if (!page?.marketplace || !page.adapter) return { initial: emptyFormValues(), context: {} };
  const module = page.module ?? 'listing';
  return {
    initial: emptyFormValues({ module, entity: page.entity ?? '', owner: settings.defaultOwner.operations ?? '', due: toLocalInput(endOfLocalDay(now)) }),
    context: { marketplace: page.marketplace, pageUrl: page.pageUrl, contextLine: `${page.marketplace} · ${t(`module.${module}`)}` },
  };
}
