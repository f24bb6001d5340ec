import { createConnectionSchema } from '@fluxo/contracts';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { errorMessage, fieldErrorsOf } from '../../../app/api-client';
import { t } from '../../../app/i18n/t';
import { useCreateConnection } from '../api/connections.api';

export function NewConnectionForm({ onCancel }: { onCancel: () => void }) {
  const [name, setName] = useState(t('connections.defaultName'));
  const [clientError, setClientError] = useState<string | null>(null);
  const create = useCreateConnection();
  const navigate = useNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    inputRef.current?.select();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = createConnectionSchema.safeParse({ name });
    if (!parsed.success) {
      setClientError(parsed.error.issues[0]?.message ?? t('errors.unexpected'));
      return;
    }
    setClientError(null);
    create.mutate(parsed.data, {
      onSuccess: (connection) => navigate(`/connections/${connection.id}`),
    });
  };

  const error = clientError ?? fieldErrorsOf(create.error).name;

  return (
    <form
      className="card form form--inline"
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      noValidate
    >
      <h2 id={`${id}-title`} className="card__title">
        {t('connections.newTitle')}
      </h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('connections.nameLabel')}</label>
        <input
          ref={inputRef}
          id={`${id}-name`}
          value={name}
          maxLength={120}
          onChange={(e) => setName(e.target.value)}
          aria-required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error && (
          <p id={`${id}-error`} className="field__error">
            {error}
          </p>
        )}
      </div>
      {create.isError && !error && (
        <p className="inline-error" role="alert">
          {errorMessage(create.error)}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="btn btn--primary" disabled={create.isPending}>
          {create.isPending ? t('common.creating') : t('connections.createButton')}
        </button>
        <button type="button" className="btn btn--ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
