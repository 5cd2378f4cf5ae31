import { startCaptureSession } from '@/lib/content/capture-session';
import { HOST_MATCH_PATTERNS } from '@/lib/marketplaces';

export default defineContentScript({
  matches: HOST_MATCH_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    startCaptureSession(ctx);
  },
});
