import { createConnectionSchema } from '@fluxo/contracts';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { errorMessage, fieldErrorsOf } from '@/app/api-client';
import { t } from '@/app/i18n/t';
import { TemplatePicker } from '@/features/templates/components/TemplatePicker';
import { useCreateConnection } from '../api/connections.api';

/** The "New connection" card: start from scratch (name, then the editor) or from a template. */
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
      // The schema's own message is English; an empty name is the one way to fail here.
      setClientError(t('fields.required', { label: t('connections.nameLabel') }));
      return;
    }
    setClientError(null);
    create.mutate(parsed.data, {
      onSuccess: (connection) => navigate(`/connections/${connection.id}`),
    });
  };

  const error = clientError ?? fieldErrorsOf(create.error).name;

  return (
    <section className="card new-connection" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card__title">
        {t('connections.newTitle')}
      </h2>
      <div className="new-connection__choices">
        <form
          className="form new-connection__scratch"
          onSubmit={submit}
          aria-labelledby={`${id}-scratch`}
          noValidate
        >
          <h3 id={`${id}-scratch`} className="template-picker__title">
            {t('templates.scratchTitle')}
          </h3>
          <p className="muted small">{t('templates.scratchHint')}</p>
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
        <TemplatePicker level={3} title={t('templates.title')} />
      </div>
    </section>
  );
}
