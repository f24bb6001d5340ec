import type { ConnectorGroup, ConnectorManifest } from '@fluxo/contracts';
import { useEffect, useId, useState } from 'react';
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
  // Collapsed to a summary only when the panel opens on a chosen system; while the user is
  // choosing, the list stays put so the choice does not jump away under the pointer.
  const [expanded, setExpanded] = useState(value === null);
  // Shown as checked at once, before the save answers.
  const [picked, setPicked] = useState<string | null>(null);
  useEffect(() => setPicked(null), [value]);
  const current = picked ?? value;
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
    if (key === current) return;
    setPicked(key);
    onChange(key);
  };

  return (
    <fieldset className="choices" disabled={disabled}>
      <legend className="visually-hidden">{t('editor.system')}</legend>
      {[...groups.entries()].map(([group, items]) => (
        <div
          key={group}
          className="choices__group"
          role="group"
          aria-labelledby={`${id}-group-${group}`}
        >
          <p id={`${id}-group-${group}`} className="choices__group-title">
            {t(`group.${group}` as MessageKey)}
          </p>
          <div className="choices__grid">
            {items.map((connector) => {
              const inputId = `${id}-system-${connector.key}`;
              return (
                <div key={connector.key} className="choice">
                  <input
                    type="radio"
                    id={inputId}
                    name={`${id}-system`}
                    value={connector.key}
                    checked={connector.key === current}
                    onChange={() => pick(connector.key)}
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
    </fieldset>
  );
}
