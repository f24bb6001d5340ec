import { useState } from 'react';
import { t } from '@/app/i18n/t';

/**
 * A panel section's draft (conditions, delay, cancellation): the draft, whether it holds
 * changes not saved yet, and the words beside its save button.
 */
export function useEditorDraft<T>(initial: () => T) {
  const [draft, setDraftState] = useState(initial);
  const [dirty, setDirty] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  return {
    draft,
    dirty,
    setDraft(next: T) {
      setDraftState(next);
      setDirty(true);
      setJustSaved(false);
    },
    markSaved() {
      setDirty(false);
      setJustSaved(true);
    },
    saveLabel: dirty ? t('mapping.unsaved') : justSaved ? t('common.saved') : '',
  };
}
