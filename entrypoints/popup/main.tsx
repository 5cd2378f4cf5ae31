import { createRoot } from 'react-dom/client';
import { Popup } from '@/components/popup/Popup';
import { getDb } from '@/lib/store/db';
import { setLanguage } from '@/lib/i18n';
import { loadSettings } from '@/lib/store/settings-store';

// Settings first (a few milliseconds), so the popup paints once, in the assistant's language.
const settings = await loadSettings();
setLanguage(settings.language);
createRoot(document.getElementById('root')!).render(<Popup db={getDb()} initialSettings={settings} />);
