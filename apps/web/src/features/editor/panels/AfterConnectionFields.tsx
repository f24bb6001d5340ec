import type { FieldError } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';
import { useConnections } from '@/features/connections/api/connections.api';
import { loopFreeChoices } from './chain-choices';
import { FieldErrorText } from './FieldErrorText';
import { errorFor, type TriggerForm } from './trigger-form';

/** "Only after connection X": the connection to follow and whether only its successes count. */
export function AfterConnectionFields({
  id,
  form,
  errors,
  patch,
  connectionId,
}: {
  id: string;
  form: TriggerForm;
  errors: FieldError[];
  patch: (changes: Partial<TriggerForm>) => void;
  connectionId: string;
}) {
  const connections = useConnections();
  // Connections that already run after this one are not offered: picking them would loop.
  const otherConnections = loopFreeChoices(connections.data ?? [], connectionId);
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-after`}>{t('autoUpdate.afterLabel')}</label>
        <select
          id={`${id}-after`}
          value={form.afterConnectionId}
          onChange={(e) => patch({ afterConnectionId: e.target.value })}
          aria-invalid={errorFor(errors, 'trigger.connectionId') ? true : undefined}
          aria-describedby={`${id}-after-help ${id}-after-error`}
        >
          <option value="">{t('autoUpdate.chooseConnection')}</option>
          {otherConnections.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <p id={`${id}-after-help`} className="field__help">
          {connections.isPending
            ? t('autoUpdate.loadingConnections')
            : otherConnections.length === 0
              ? t('autoUpdate.noOtherConnections')
              : t('autoUpdate.afterHelp')}
        </p>
        <FieldErrorText
          id={`${id}-after-error`}
          message={errorFor(errors, 'trigger.connectionId')}
        />
      </div>
      <div className="field field--check">
        <input
          id={`${id}-success`}
          type="checkbox"
          checked={form.onlyOnSuccess}
          onChange={(e) => patch({ onlyOnSuccess: e.target.checked })}
        />
        <label htmlFor={`${id}-success`}>{t('autoUpdate.onlyOnSuccess')}</label>
      </div>
    </>
  );
}
