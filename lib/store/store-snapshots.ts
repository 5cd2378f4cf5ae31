/**
 * The background's write path for captured values: validate every row, then write the good ones in
 * one transaction (`bulkPut` replaces a same-day capture of the same thing).
 */
import type { SellerOpsDb } from './db';
import type { CaptureReply } from './messages';
import { snapshotSchema, type Snapshot } from './schema';
import { listedSourceOf } from './sender';
import { storageErrorText } from './storage-error';

/**
 * Where a capture came from, as the browser reports it: only content scripts on the listed hosts may
 * write snapshots, and only of their own source (a Seller Central tab cannot write advertising rows).
 */
export interface CaptureSender {
  url?: string | undefined;
}

export async function storeSnapshots(db: SellerOpsDb, rows: readonly unknown[], sender: CaptureSender): Promise<CaptureReply> {
  const source = listedSourceOf(sender.url);
  if (!source) return { ok: false, error: 'capture from a page that is not on a listed host' };
  const host = new URL(sender.url!).hostname;

  const good: Snapshot[] = [];
  const rejected: { index: number; reason: string }[] = [];
  rows.forEach((row, index) => {
    const parsed = snapshotSchema.safeParse(row);
    if (!parsed.success) {
      rejected.push({ index, reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
    } else if (parsed.data.source !== source) {
      rejected.push({ index, reason: `a ${parsed.data.source} row from ${host}` });
    } else good.push(parsed.data);
  });
  if (good.length) {
    try {
      await db.transaction('rw', db.snapshots, async () => {
        await db.snapshots.bulkPut(good);
      });
    } catch (error) {
      // One transaction: nothing of this capture was written and nothing stored before was touched.
      // The content script keeps the rows, says so on the page and sends them again.
      return { ok: false, error: storageErrorText(error) };
    }
  }
  return { ok: true, stored: good.length, rejected };
}
