import type { ConnectionDto, ConnectorManifest } from '@fluxo/contracts';
import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { t } from '@/app/i18n/t';
import { formatPlannedTime } from '@/app/ui/format';
import { InlineError } from '@/app/ui/states';
import { Switch } from '@/app/ui/Switch';
import { useConnections, useRunOnce } from '@/features/connections/api/connections.api';
import { useSaveConnection } from '../api/editor-saves';
import { describeTrigger, scheduleZone, sourceKindOf } from '../panels/trigger-form';
import '../panels/auto-update.css';
import { AUTO_UPDATE_PANEL_ID, useEditorActions, useEditorState } from '../store/editor-store';
import { disabledReasonText } from '@/features/connections/components/disabled-reason-text';
import { HeldCalls } from './HeldCalls';
import { HookUrl } from './HookUrl';
import { SaveIndicator } from './SaveIndicator';

export function EditorTopBar({
  connection,
  connectors,
}: {
  connection: ConnectionDto;
  connectors: ConnectorManifest[];
}) {
  const id = useId();
  const { select, askAboutHeld } = useEditorActions();
  // Switching on with calls held: the user first chooses what becomes of them (see HeldCalls).
  const { askingAboutHeld } = useEditorState();
  const connections = useConnections();
  const update = useSaveConnection(connection.id);
  const run = useRunOnce();
  const [name, setName] = useState(connection.name);
  const held = connection.lastInbound?.held ?? 0;

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
            // An input cannot wrap: a long name is read whole on hover.
            title={name}
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
          onChange={(enabled) => {
            if (enabled && held > 0) askAboutHeld(true);
            else update.mutate({ id: connection.id, enabled });
          }}
          label={connection.enabled ? t('editor.enabledOn') : t('editor.enabledOff')}
        />
        <SaveIndicator connectionId={connection.id} />
        <div className="topbar__actions">
          <button
            type="button"
            className="btn"
            onClick={() => select(AUTO_UPDATE_PANEL_ID)}
            aria-describedby={`${id}-schedule`}
          >
            {t('autoUpdate.button')}
          </button>
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
      <HeldCalls
        connection={connection}
        switchingOn={askingAboutHeld}
        onSettled={() => askAboutHeld(false)}
      />
      <div className="topbar__row topbar__row--secondary">
        {connection.formPath ? (
          <HookUrl
            hookPath={connection.formPath}
            label={t('editor.formAddress')}
            copyLabel={t('editor.copyFormAddress')}
            openLabel={t('editor.openForm')}
            compact
          />
        ) : connection.hookPath ? (
          <HookUrl
            hookPath={connection.hookPath}
            label={t('editor.hookUrl')}
            copyLabel={t('editor.copyHookUrl')}
            compact
          />
        ) : connection.steps.some((s) => s.role === 'source') ? null : (
          // A polled source has no address: the schedule next to it says when it is read.
          <span className="muted small">{t('editor.noHookYet')}</span>
        )}
        <ScheduleSummary
          id={`${id}-schedule`}
          connection={connection}
          afterName={afterNameOf(connection, connections.data)}
          polledSystem={polledSystemOf(connection, connectors)}
        />
        <Link to={`/connections/${connection.id}/versions`} className="small">
          {t('versions.link')}
        </Link>
        <div className="topbar__status" aria-live="polite">
          {run.isSuccess && (
            <span className="notice notice--ok notice--inline">
              {t('editor.runStarted')}{' '}
              <Link to={`/connections/${connection.id}/runs/${run.data.runId}`}>
                {t('editor.viewRun')}
              </Link>
            </span>
          )}
          {/* A refused rename or switch shows in the save status, with Retry. */}
          <InlineError error={run.error} />
        </div>
      </div>
      {connection.disabledReason && !connection.enabled && (
        <div className="notice notice--bad" role="alert">
          <strong>{t('autoUpdate.switchedOff')}</strong>{' '}
          {disabledReasonText(connection.disabledReason)}. {t('autoUpdate.switchedOffHint')}
        </div>
      )}
    </div>
  );
}

function ScheduleSummary({
  id,
  connection,
  afterName,
  polledSystem,
}: {
  id: string;
  connection: ConnectionDto;
  afterName: string | undefined;
  /** The system a polled source reads, named in front of the schedule. */
  polledSystem: string | undefined;
}) {
  const { trigger } = connection;
  const hasSource = connection.steps.some((s) => s.role === 'source');
  let next: string;
  // Without a source there is nothing to run: say what to do rather than "No run planned".
  if (!hasSource) next = t('autoUpdate.noSourceNoRuns');
  else if (!connection.enabled) next = t('autoUpdate.offNoRuns');
  else if (trigger.type === 'instant') next = t('autoUpdate.instantShort');
  else if (connection.nextRunAt)
    next = t('autoUpdate.nextRun', {
      when: formatPlannedTime(connection.nextRunAt, scheduleZone(trigger)),
    });
  else if (trigger.type === 'after') next = t('autoUpdate.nextRunAfter');
  else next = t('autoUpdate.noNextRun');

  return (
    <span id={id} className="topbar__schedule small">
      {polledSystem && (
        <span className="muted">{t('editor.readsSystem', { system: polledSystem })} ·</span>
      )}
      {trigger.type !== 'instant' && (
        <span className="muted">{describeTrigger(trigger, afterName)} ·</span>
      )}
      <span>{next}</span>
    </span>
  );
}

function polledSystemOf(connection: ConnectionDto, connectors: ConnectorManifest[]) {
  if (sourceKindOf(connection, connectors) !== 'polling') return undefined;
  const source = connection.steps.find((s) => s.role === 'source');
  return connectors.find((c) => c.key === source?.connectorKey)?.name;
}

function afterNameOf(connection: ConnectionDto, all: ConnectionDto[] | undefined) {
  const { trigger } = connection;
  if (trigger.type !== 'after') return undefined;
  return all?.find((c) => c.id === trigger.connectionId)?.name;
}
