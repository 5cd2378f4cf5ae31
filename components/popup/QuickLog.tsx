/** The popup's quick log: the shared entry form, started from the active tab's page when it is one we read. */
import { useEffect, useState } from 'react';
import { LogForm } from '@/components/LogForm';
import type { SellerOpsDb } from '@/lib/store/db';
import { addEntry, deleteEntry } from '@/lib/store/entries';
import { activeTabContext, quickLogStart, type QuickLogStart } from '@/lib/log/quick-log';
import type { Settings } from '@/lib/store/settings';

export function QuickLog({ db, settings }: { db: SellerOpsDb; settings: Settings }) {
  const [start, setStart] = useState<QuickLogStart>();

  useEffect(() => {
    let current = true;
    void activeTabContext().then((page) => {
      if (current) setStart(quickLogStart(page, settings));
    });
    return () => {
      current = false;
    };
    // Asked once, when the popup opens: later settings changes must not reset what is being typed.
  }, []);

  if (!start) return <div className="sol-form-pending" aria-busy="true" />;
  return (
    <LogForm
      initial={start.initial}
      context={start.context}
      owners={settings.owners}
      onSubmit={(draft) => addEntry(db, draft)}
      onUndo={(id) => deleteEntry(db, id)}
      resetAfterSave
    />
  );
}
