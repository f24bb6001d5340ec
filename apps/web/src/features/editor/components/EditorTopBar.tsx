import type { ConnectionDto } from '@fluxo/contracts';
import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { t } from '../../../app/i18n/t';
import { InlineError } from '../../../app/ui/states';
import { Switch } from '../../../app/ui/Switch';
import { useRunOnce, useUpdateConnection } from '../../connections/api/connections.api';
import { HookUrl } from './HookUrl';

export function EditorTopBar({ connection }: { connection: ConnectionDto }) {
  const id = useId();
  const update = useUpdateConnection();
  const run = useRunOnce();
  const [name, setName] = useState(connection.name);

  // Follow the saved name (e.g. renamed in another tab) unless the user is typing.
  useEffect(() => setName(connection.name), [connection.name]);

  const saveName = () => {
    const trimmed = name.trim();
    if (!trimmed) {
      setName(connection.name);
      return;
    }
    if (trimmed !== connection.name) update.mutate({ id: connection.id, name: trimmed });
  };

  return (
    <div className="topbar">
      <div className="topbar__row">
        <Link to="/connections" className="topbar__back">
          {t('editor.back')}
        </Link>
        <div className="topbar__name">
          <label htmlFor={`${id}-name`} className="visually-hidden">
            {t('connections.nameLabel')}
          </label>
          <input
            id={`${id}-name`}
            className="topbar__name-input"
            value={name}
            maxLength={120}
            onChange={(e) => setName(e.target.value)}
            onBlur={saveName}
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.currentTarget.blur();
              if (e.key === 'Escape') {
                setName(connection.name);
                e.currentTarget.blur();
              }
            }}
          />
        </div>
        <Switch
          id={`${id}-enabled`}
          checked={connection.enabled}
          pending={update.isPending}
          onChange={(enabled) => update.mutate({ id: connection.id, enabled })}
          label={connection.enabled ? t('editor.enabledOn') : t('editor.enabledOff')}
        />
        <div className="topbar__actions">
          <button
            type="button"
            className="btn btn--primary"
            disabled={run.isPending}
            onClick={() => run.mutate(connection.id)}
          >
            {run.isPending ? t('editor.starting') : t('editor.runOnce')}
          </button>
          <Link to={`/connections/${connection.id}/runs`} className="btn btn--ghost">
            {t('editor.runHistory')}
          </Link>
        </div>
      </div>
      <div className="topbar__row topbar__row--secondary">
        {connection.hookPath ? (
          <HookUrl
            hookPath={connection.hookPath}
            label={t('editor.hookUrl')}
            copyLabel={t('editor.copyHookUrl')}
            compact
          />
        ) : (
          <span className="muted small">{t('editor.noHookYet')}</span>
        )}
        <div className="topbar__status" aria-live="polite">
          {run.isSuccess && (
            <span className="notice notice--ok notice--inline">
              {t('editor.runStarted')}{' '}
              <Link to={`/connections/${connection.id}/runs/${run.data.runId}`}>
                {t('editor.viewRun')}
              </Link>
            </span>
          )}
          <InlineError error={run.error ?? update.error} />
        </div>
      </div>
    </div>
  );
}
