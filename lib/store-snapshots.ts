/**
 * The background's write path for captured values: validate every row, then write the good ones in
 * one transaction (`bulkPut` replaces a same-day capture of the same thing).
 */
import type { SellerOpsDb } from './db';
import { sourceOfHost } from './marketplaces';
import type { CaptureReply } from './messages';
import { snapshotSchema, type Snapshot } from './schema';

/**
 * Where a capture came from, as the browser reports it: only content scripts on the listed hosts may
 * write snapshots, and only of their own source (a Seller Central tab cannot write advertising rows).
 */
export interface CaptureSender {
  url?: string | undefined;
}

export async function storeSnapshots(db: SellerOpsDb, rows: readonly unknown[], sender: CaptureSender): Promise<CaptureReply> {
  let host: string;
  try {
    host = new URL(sender.url ?? '').hostname;
  } catch {
    return { ok: false, error: 'capture from an unknown page' };
  }
  const source = sourceOfHost(host);
  if (!source) return { ok: false, error: `capture from ${host}, which is not a listed host` };

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
    await db.transaction('rw', db.snapshots, async () => {
      await db.snapshots.bulkPut(good);
    });
  }
  return { ok: true, stored: good.length, rejected };
}
