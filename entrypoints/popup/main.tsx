import { createRoot } from 'react-dom/client';
import { Popup } from '@/components/popup/Popup';
import { getDb } from '@/lib/store/db';
import { setLanguage } from '@/lib/i18n';
import { loadSettings } from '@/lib/store/settings-store';

// The database opens while the settings are read: the popup's queries start as soon as it has drawn.
// A failure to open is shown by those queries (the popup's error notes), not here.
const db = getDb();
db.open().catch(() => undefined);
// Settings first (a few milliseconds), so the popup paints once, in the assistant's language.
const settings = await loadSettings();
setLanguage(settings.language);
createRoot(document.getElementById('root')!).render(<Popup db={db} initialSettings={settings} />);
