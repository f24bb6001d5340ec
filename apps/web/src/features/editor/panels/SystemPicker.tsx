import type { ConnectorGroup, ConnectorManifest } from '@fluxo/contracts';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { t, type MessageKey } from '@/app/i18n/t';
import { ConnectorLogo } from '@/features/connectors/components/ConnectorLogo';

interface SystemPickerProps {
  connectors: ConnectorManifest[];
  value: string | null;
  onChange: (connectorKey: string) => void;
  disabled?: boolean;
}

/**
 * Picks the system (connector), grouped by kind. Once one is chosen it folds to a summary with
 * "Change", so the next steps are in view, and keyboard focus moves on to the next step.
 */
export function SystemPicker({ connectors, value, onChange, disabled }: SystemPickerProps) {
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState(value === null);
  // Shown as checked at once, before the save answers.
  const [picked, setPicked] = useState<string | null>(null);
  const [focus, setFocus] = useState<'next-step' | 'list' | null>(null);
  // A newly chosen system (the save answered): fold the list and go on to the next step.
  const [seenValue, setSeenValue] = useState(value);
  if (seenValue !== value) {
    setSeenValue(value);
    setPicked(null);
    if (value !== null) {
      setExpanded(false);
      setFocus('next-step');
    }
  }
  const current = picked ?? value;
  const chosen = connectors.find((c) => c.key === value);
  const folded = Boolean(chosen) && !expanded;

  useLayoutEffect(() => {
    if (!focus) return;
    setFocus(null);
    const root = rootRef.current;
    if (!root) return;
    if (focus === 'list') {
      (root.querySelector<HTMLElement>('input:checked') ?? root.querySelector('input'))?.focus();
      return;
    }
    // Only when the user was choosing here: focus elsewhere (or gone with the hidden list) stays
    // where the user put it.
    const active = document.activeElement;
    if (active && active !== document.body && !root.contains(active)) return;
    nextStepHeading(root)?.focus();
  }, [focus]);

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
    <div ref={rootRef}>
      {chosen && folded && (
        <div className="chosen">
          <ConnectorLogo svg={chosen.logoSvg} size={32} />
          <div className="chosen__text">
            <span className="chosen__name">{chosen.name}</span>
            <span className="muted small">{chosen.description}</span>
          </div>
          <button
            type="button"
            className="btn btn--ghost btn--small"
            onClick={() => {
              setExpanded(true);
              setFocus('list');
            }}
            disabled={disabled}
            aria-label={t('editor.changeSystem')}
          >
            {t('common.change')}
          </button>
        </div>
      )}
      {chosen && !folded && (
        <p>
          <button
            type="button"
            className="btn btn--ghost btn--small"
            onClick={() => {
              setExpanded(false);
              setFocus('next-step');
            }}
          >
            {t('editor.keepSystem', { system: chosen.name })}
          </button>
        </p>
      )}
      {/* Folded, the list stays in the page, hidden: the radio just chosen is still there. */}
      <fieldset className="choices" disabled={disabled} hidden={folded}>
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
    </div>
  );
}

/** The heading of the panel section after the one holding `element`. */
function nextStepHeading(element: HTMLElement): HTMLElement | null {
  let next = element.closest('.panel-section')?.nextElementSibling ?? null;
  while (next && !next.classList.contains('panel-section')) next = next.nextElementSibling;
  return next?.querySelector<HTMLElement>('.panel-section__title') ?? null;
}
