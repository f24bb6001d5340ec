import type { AccountCheckDto, AccountDto, ConnectorManifest } from '@fluxo/contracts';
import { useId, useState, type FormEvent } from 'react';
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
import { checkFailureOf, useCreateAccount } from '../api/accounts.api';
import { FailedCheckNotice } from './FailedCheckNotice';
import { connectOptions, oauthStartUrl, rememberReturnPath } from './oauth-sign-in';

interface NewAccountFormProps {
  connector: ConnectorManifest;
  /** Called once the account is saved and its check passed. */
  onConnected: (account: AccountDto, check: AccountCheckDto) => void | Promise<void>;
  onCancel?: () => void;
  onSubmitStart?: () => void;
}

/** The account form of any connector, built from its auth fields. */
export function NewAccountForm({
  connector,
  onConnected,
  onCancel,
  onSubmitStart,
}: NewAccountFormProps) {
  const fields = connector.auth?.fields ?? [];
  const id = useId();
  const [name, setName] = useState(t('accounts.defaultName', { connector: connector.name }));
  const [values, setValues] = useState<FormValues>(() => initialFieldValues(fields));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  // Nothing is saved while the check fails, unless the user chooses "Save anyway".
  const [failedCheck, setFailedCheck] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const create = useCreateAccount();

  const ways = connectOptions(connector, values);

  const signIn = () => {
    const errors: Record<string, string> = {};
    if (!name.trim()) errors.__name = t('accounts.nameRequired');
    setClientErrors(errors);
    if (errors.__name) {
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    setBusy(true);
    rememberReturnPath(window.location.pathname + window.location.search);
    // A full page load: the vendor's consent page cannot be shown inside the app.
    window.location.assign(oauthStartUrl(connector.key, name.trim()));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ways.manual) {
      signIn();
      return;
    }
    const errors = missingRequiredFields(fields, values);
    if (!name.trim()) errors.__name = t('accounts.nameRequired');
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) return;

    await save(false);
  };

  const save = async (saveAnyway: boolean) => {
    onSubmitStart?.();
    setBusy(true);
    setError(null);
    try {
      const account = await create.mutateAsync({
        connectorKey: connector.key,
        name: name.trim(),
        credentials: scalarValues(toSubmitValues(fields, values)),
        checkFirst: true,
        ...(saveAnyway ? { saveAnyway: true } : {}),
      });
      setFailedCheck(null);
      await onConnected(account, account.lastCheck as AccountCheckDto);
    } catch (caught) {
      const failure = checkFailureOf(caught);
      if (failure === null) setError(caught);
      setFailedCheck(failure);
    } finally {
      setBusy(false);
    }
  };

  const serverErrors = fieldErrorsOf(error);
  const fieldError = (key: string) =>
    clientErrors[key] ?? serverErrors[key] ?? serverErrors[`credentials.${key}`];
  const nameError = clientErrors.__name ?? serverErrors.name;

  return (
    <form className="form subform" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="subform__title">
        {t('accounts.newTitle', { connector: connector.name })}
      </h4>
      <div className="field">
        <FieldLabel htmlFor={`${id}-name`} label={t('accounts.nameLabel')} required />
        <input
          id={`${id}-name`}
          value={name}
          maxLength={120}
          onChange={(e) => setName(e.target.value)}
          aria-required
          aria-invalid={nameError ? true : undefined}
          aria-describedby={`${id}-name-help${nameError ? ` ${id}-name-error` : ''}`}
        />
        <p id={`${id}-name-help`} className="field__help">
          {t('accounts.nameHelp')}
        </p>
        {nameError && (
          <p id={`${id}-name-error`} className="field__error">
            {nameError}
          </p>
        )}
      </div>
      <FieldList
        fields={fields}
        idPrefix={`${id}-auth`}
        values={values}
        onChange={(key, value) =>
          setValues((v) => clearDependents(fields, { ...v, [key]: value }, key))
        }
        errorOf={fieldError}
        disabled={busy}
        context={{
          connectorKey: connector.key,
          accountId: null,
          settings: toSubmitValues(fields, values),
        }}
      />
      {failedCheck !== null && (
        <FailedCheckNotice
          reason={failedCheck}
          connector={connector}
          busy={busy}
          onSaveAnyway={() => void save(true)}
        />
      )}
      {error !== null && (
        <p className="inline-error" role="alert">
          {errorMessage(error)}
        </p>
      )}
      {ways.signIn && (
        <p id={`${id}-oauth-help`} className="field__help">
          {t('accounts.signInHelp', { connector: connector.name })}
        </p>
      )}
      <div className="actions">
        {ways.signIn && (
          <button
            type="button"
            className={ways.manual ? 'btn' : 'btn btn--primary'}
            disabled={busy}
            aria-describedby={`${id}-oauth-help`}
            onClick={signIn}
          >
            {t('accounts.signInWith', { connector: connector.name })}
          </button>
        )}
        {ways.manual && (
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {busy ? t('accounts.checking') : t('accounts.saveAndCheck')}
          </button>
        )}
        {onCancel && (
          <button type="button" className="btn btn--ghost" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
