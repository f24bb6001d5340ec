import type { ConnectorGroup, ConnectorManifest } from '@fluxo/contracts';
import { useId, useState } from 'react';
import { t, type MessageKey } from '../../../app/i18n/t';
import { ConnectorLogo } from '../../connectors/components/ConnectorLogo';

interface SystemPickerProps {
  connectors: ConnectorManifest[];
  value: string | null;
  onChange: (connectorKey: string) => void;
  disabled?: boolean;
}

/** Picks the system (connector), grouped by kind; collapses to a summary once chosen. */
export function SystemPicker({ connectors, value, onChange, disabled }: SystemPickerProps) {
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const chosen = connectors.find((c) => c.key === value);

  if (chosen && !expanded) {
    return (
      <div className="chosen">
        <ConnectorLogo svg={chosen.logoSvg} size={32} />
        <div className="chosen__text">
          <span className="chosen__name">{chosen.name}</span>
          <span className="muted small">{chosen.description}</span>
        </div>
        <button
          type="button"
          className="btn btn--ghost btn--small"
          onClick={() => setExpanded(true)}
          disabled={disabled}
          aria-label={t('editor.changeSystem')}
        >
          {t('common.change')}
        </button>
      </div>
    );
  }

  if (connectors.length === 0) return <p className="muted">{t('editor.noSystems')}</p>;

  const groups = new Map<ConnectorGroup, ConnectorManifest[]>();
  for (const connector of connectors) {
    groups.set(connector.group, [...(groups.get(connector.group) ?? []), connector]);
  }

  const pick = (key: string) => {
    setExpanded(false);
    if (key !== value) onChange(key);
  };

  return (
    <fieldset className="choices" disabled={disabled}>
      <legend className="visually-hidden">{t('editor.system')}</legend>
      {[...groups.entries()].map(([group, items]) => (
        <div key={group} className="choices__group" role="group" aria-labelledby={`${id}-${group}`}>
          <p id={`${id}-${group}`} className="choices__group-title">
            {t(`group.${group}` as MessageKey)}
          </p>
          <div className="choices__grid">
            {items.map((connector) => {
              const inputId = `${id}-${connector.key}`;
              return (
                <div key={connector.key} className="choice">
                  <input
                    type="radio"
                    id={inputId}
                    name={`${id}-system`}
                    value={connector.key}
                    checked={connector.key === value}
                    onChange={() => pick(connector.key)}
                    onClick={() => pick(connector.key)}
                    aria-describedby={`${inputId}-desc`}
                  />
                  <label htmlFor={inputId}>
                    <ConnectorLogo svg={connector.logoSvg} size={28} />
                    <span>{connector.name}</span>
                  </label>
                  <span id={`${inputId}-desc`} className="choice__desc">
                    {connector.description}
                  </span>
                </div>
              );
            })}
          </div>
        </div>
      ))}
      {chosen && (
        <button type="button" className="btn btn--ghost btn--small" onClick={() => setExpanded(false)}>
          {t('common.cancel')}
        </button>
      )}
    </fieldset>
  );
}
