import type { CancelWhen, VariableDto } from '@fluxo/contracts';
import { useId, useState } from 'react';
import { t, type MessageKey } from '@/app/i18n/t';
import { InlineError } from '@/app/ui/states';
import { VariableOptions } from '../components/VariableOptions';
import { cancelWhenOf, draftOf, testItemKey, type CancelWhenDraft } from './cancel-when-draft';
import { useEditorDraft } from '../hooks/use-editor-draft';

interface CancelWhenEditorProps {
  saved: CancelWhen | null | undefined;
  ownConnectionId: string;
  /** The workspace's connections, whose items may cancel. */
  connections: { id: string; name: string }[];
  variables: VariableDto[] | null;
  /** The test item, to show its key. */
  item: Record<string, unknown> | null;
  onSave: (cancelWhen: CancelWhen | null) => Promise<unknown>;
  saving: boolean;
  error: unknown;
}

/** "While waiting, cancel this send if a later item with the same key arrives." */
export function CancelWhenEditor({
  saved,
  ownConnectionId,
  connections,
  variables,
  item,
  onSave,
  saving,
  error,
}: CancelWhenEditorProps) {
  const listId = useId();
  const { draft, dirty, setDraft, markSaved, saveLabel } = useEditorDraft(() =>
    draftOf(saved, ownConnectionId),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const set = (change: Partial<CancelWhenDraft>) => setDraft({ ...draft, ...change });
  const toggleConnection = (id: string, on: boolean) =>
    set({
      connectionIds: on
        ? [...draft.connectionIds, id]
        : draft.connectionIds.filter((chosen) => chosen !== id),
    });

  const save = async () => {
    const verdict = cancelWhenOf(draft);
    if (!verdict.ok) {
      setProblem(t(`cancel.problem.${verdict.problem}` as MessageKey));
      return;
    }
    setProblem(null);
    await onSave(verdict.cancelWhen);
    markSaved();
  };

  // This connection first, then the others by name.
  const choices = [...connections].sort((a, b) =>
    a.id === ownConnectionId ? -1 : b.id === ownConnectionId ? 1 : a.name.localeCompare(b.name),
  );
  const shownKey = draft.key.trim() ? testItemKey(draft.key, item) : undefined;

  return (
    <form
      className="form cancel-when"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save().catch(() => undefined);
      }}
    >
      <label className="field--check">
        <input
          type="checkbox"
          checked={draft.enabled}
          onChange={(e) => set({ enabled: e.target.checked })}
        />{' '}
        {t('cancel.enable')}
      </label>

      {draft.enabled && (
        <>
          <VariableOptions id={listId} variables={variables} />
          <label className="field">
            <span>{t('cancel.key')}</span>
            <input
              className="input"
              list={listId}
              value={draft.key}
              placeholder="{{ customer.email }}"
              onChange={(e) => set({ key: e.target.value })}
            />
          </label>
          <p className="muted small">{t('cancel.keyHelp')}</p>
          {shownKey !== undefined && (
            <p className="small" aria-live="polite">
              {shownKey === null ? t('cancel.keyEmpty') : t('cancel.keyOfTest', { key: shownKey })}
            </p>
          )}

          <fieldset className="field-group">
            <legend className="field-group__legend">{t('cancel.from')}</legend>
            {choices.map((connection) => (
              <label key={connection.id} className="field--check">
                <input
                  type="checkbox"
                  checked={draft.connectionIds.includes(connection.id)}
                  onChange={(e) => toggleConnection(connection.id, e.target.checked)}
                />{' '}
                {connection.id === ownConnectionId
                  ? t('cancel.thisConnection', { name: connection.name })
                  : connection.name}
              </label>
            ))}
          </fieldset>

          <fieldset className="field-group">
            <legend className="field-group__legend">{t('cancel.onlyIf')}</legend>
            <label className="field">
              <span>{t('cancel.statusVariable')}</span>
              <input
                className="input"
                list={listId}
                value={draft.statusVariable}
                placeholder={t('conditions.variablePlaceholder')}
                onChange={(e) => set({ statusVariable: e.target.value })}
              />
            </label>
            <label className="field">
              <span>{t('cancel.statusValues')}</span>
              <textarea
                className="input"
                rows={2}
                value={draft.statusValues}
                onChange={(e) => set({ statusValues: e.target.value })}
              />
            </label>
          </fieldset>
        </>
      )}

      {problem && <p className="field__error">{problem}</p>}
      <InlineError error={error} />
      <div className="actions">
        <button type="submit" className="btn btn--primary" disabled={saving || !dirty}>
          {t('cancel.save')}
        </button>
        <span className="saved">{saveLabel}</span>
      </div>
    </form>
  );
}
