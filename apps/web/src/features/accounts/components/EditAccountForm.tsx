import type { AccountDto, ConnectorManifest, FieldDefinition } from '@fluxo/contracts';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { errorMessage, fieldErrorsOf } from '@/app/api-client';
import { FieldLabel } from '@/app/ui/FieldLabel';
import { t } from '@/app/i18n/t';
import {
  clearDependents,
  initialFieldValues,
  missingRequiredFields,
  scalarValues,
  toSubmitValues,
  type FormValues,
} from '@/features/connectors/components/field-values';
import { FieldList } from '@/features/connectors/components/FieldList';
import { checkFailureOf, useUpdateAccount } from '../api/accounts.api';
import { FailedCheckNotice } from './FailedCheckNotice';

/**
 * Changes an account in place, so every connection using it keeps it: its name and its
 * details. Secrets are never shown; left blank, the saved one is kept. The new details are
 * checked before anything is saved.
 */
export function EditAccountForm({
  account,
  connector,
  onDone,
}: {
  account: AccountDto;
  connector: ConnectorManifest;
  onDone: () => void;
}) {
  const id = useId();
  // A secret left blank keeps the saved one, so it is never required here.
  const fields = useMemo<FieldDefinition[]>(
    () =>
      (connector.auth?.fields ?? []).map((field) =>
        field.secret ? { ...field, required: false, help: t('accounts.secretKept') } : field,
      ),
    [connector],
  );
  const [name, setName] = useState(account.name);
  const [values, setValues] = useState<FormValues>(() =>
    initialFieldValues(fields, account.publicCredentials),
  );
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [failedCheck, setFailedCheck] = useState<string | null>(null);
  const update = useUpdateAccount();
  // Signed in through the vendor's consent page: its tokens are not typed, only its name is.
  const consentBased = account.publicCredentials.authType === 'oauth2';

  const save = async (saveAnyway: boolean) => {
    try {
      await update.mutateAsync({
        id: account.id,
        name: name.trim(),
        ...(consentBased ? {} : { credentials: scalarValues(toSubmitValues(fields, values)) }),
        ...(saveAnyway ? { saveAnyway: true } : {}),
      });
      onDone();
    } catch (caught) {
      setFailedCheck(checkFailureOf(caught));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = consentBased ? {} : missingRequiredFields(fields, values);
    if (!name.trim()) errors.__name = t('accounts.nameRequired');
    setClientErrors(errors);
    if (Object.keys(errors).length === 0) void save(false);
  };

  const error = failedCheck === null ? update.error : null;
  const serverErrors = fieldErrorsOf(error);
  const fieldError = (key: string) =>
    clientErrors[key] ?? serverErrors[key] ?? serverErrors[`credentials.${key}`];
  return (
    <form className="form subform" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="subform__title">
        {t('accounts.editTitle', { name: account.name })}
      </h3>
      <div className="field">
        <FieldLabel htmlFor={`${id}-name`} label={t('accounts.nameLabel')} required />
        <input
          id={`${id}-name`}
          value={name}
          maxLength={120}
          onChange={(e) => setName(e.target.value)}
          aria-required
          aria-invalid={clientErrors.__name ? true : undefined}
        />
        {clientErrors.__name && <p className="field__error">{clientErrors.__name}</p>}
      </div>
      {!consentBased && (
        <FieldList
          fields={fields}
          idPrefix={`${id}-auth`}
          values={values}
          onChange={(key, value) =>
            setValues((v) => clearDependents(fields, { ...v, [key]: value }, key))
          }
          errorOf={fieldError}
          disabled={update.isPending}
          context={{
            connectorKey: connector.key,
            accountId: account.id,
            settings: toSubmitValues(fields, values),
          }}
        />
      )}
      {failedCheck !== null && (
        <FailedCheckNotice
          reason={failedCheck}
          connector={connector}
          busy={update.isPending}
          onSaveAnyway={() => void save(true)}
        />
      )}
      {error && (
        <p className="inline-error" role="alert">
          {errorMessage(error)}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="btn btn--primary" disabled={update.isPending}>
          {update.isPending ? t('accounts.checking') : t('accounts.saveAndCheck')}
        </button>
        <button
          type="button"
          className="btn btn--ghost"
          onClick={onDone}
          disabled={update.isPending}
        >
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
