import { getDb } from '@/lib/db';
import { messageSchema, type CaptureReply } from '@/lib/messages';
import { storeSnapshots } from '@/lib/store-snapshots';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender): Promise<CaptureReply> | undefined => {
    // Only this extension's own scripts can reach here; the check keeps it so if that ever changes.
    if (sender.id !== browser.runtime.id) return undefined;
    const message = messageSchema.safeParse(raw);
    if (!message.success) return Promise.resolve({ ok: false, error: 'malformed message' });
    switch (message.data.type) {
      case 'capture':
        // Capture rows come only from content scripts (a tab), never from extension pages.
        if (!sender.tab) return Promise.resolve({ ok: false, error: 'captures come from pages' });
        return storeSnapshots(getDb(), message.data.rows, { url: sender.url });
    }
  });
});
