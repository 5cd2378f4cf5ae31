import { createRoot } from 'react-dom/client';
import { Popup } from '@/components/popup/Popup';
import { heldTogether } from '@/components/popup/live';
import { dayChecksLive, startPopupReads } from '@/components/popup/reads';
import { localDay } from '@/lib/read/day';
import { getDb } from '@/lib/store/db';
import { loadLanguage, setLanguage } from '@/lib/i18n/ui';
import { loadSettings } from '@/lib/store/settings-store';

// The popup's reads start now, while the settings are read and before React draws (a hook's reads would
// start only after the first paint). A failure to open the database is shown by them (the popup's error
// notes), not here.
// User Timing marks of the opening (sol:popup-*, bench/README.md).
performance.mark('sol:popup-main');
const db = getDb();
db.open().catch(() => undefined);
const reads = startPopupReads(db, localDay());
// Settings first (a few milliseconds), so the popup paints once, in the assistant's language; only that
// language's strings are loaded (lib/i18n/ui.ts).
const settings = await loadSettings();
await loadLanguage(settings.language);
setLanguage(settings.language);
performance.mark('sol:popup-settings');
// Today's checklist and breaches need the settings: they are read as soon as the day's captured pages are in.
const dayChecks = dayChecksLive(db, reads, settings);
// The lists are drawn once, when all of them are in, rather than once per list as each comes in (each
// drawing lays out and paints the popup again); the page around them (quick log first) draws now.
const [todays, due, dueItems, checks] = heldTogether([reads.todays, reads.due, reads.dueItems, dayChecks] as const);
createRoot(document.getElementById('root')!).render(<Popup db={db} initialSettings={settings} start={{ reads: { ...reads, todays, due, dueItems }, settings, dayChecks: checks }} />);
