/**
 * The one typed module of messages between content scripts, extension pages and the background.
 * Every payload is Zod-validated where it arrives.
 */
import { z } from 'zod';
import { snapshotSchema } from './schema';

/** Upper bound of rows in one message: a 2,000-row grid × 10 metrics, with room to spare. */
export const MAX_ROWS_PER_MESSAGE = 50_000;

export const captureMessageSchema = z.object({
  type: z.literal('capture'),
  // Rows are validated one by one by the background, so one bad row cannot sink the rest.
  rows: z.array(z.unknown()).max(MAX_ROWS_PER_MESSAGE),
});
export type CaptureMessage = { type: 'capture'; rows: z.input<typeof snapshotSchema>[] };

export type CaptureReply =
  | { ok: true; stored: number; rejected: { index: number; reason: string }[] }
  | { ok: false; error: string };

export const messageSchema = z.discriminatedUnion('type', [captureMessageSchema]);
export type Message = CaptureMessage;
