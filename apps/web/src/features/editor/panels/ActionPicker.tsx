import { useEffect, useId, useState } from 'react';
import { t } from '@/app/i18n/t';

interface ActionOption {
  key: string;
  name: string;
  description: string;
}

interface ActionPickerProps {
  actions: ActionOption[];
  value: string | null;
  onChange: (actionKey: string) => void;
  disabled?: boolean;
}

export function ActionPicker({ actions, value, onChange, disabled }: ActionPickerProps) {
  const id = useId();
  // Shown as checked at once, before the save answers.
  const [picked, setPicked] = useState<string | null>(null);
  useEffect(() => setPicked(null), [value]);
  const current = picked ?? value;
  if (actions.length === 0) return <p className="muted">{t('editor.noActions')}</p>;
  return (
    <fieldset className="choices choices--list" disabled={disabled}>
      <legend className="visually-hidden">{t('editor.action')}</legend>
      {actions.map((action) => {
        const inputId = `${id}-${action.key}`;
        return (
          <div key={action.key} className="choice choice--row">
            <input
              type="radio"
              id={inputId}
              name={`${id}-action`}
              value={action.key}
              checked={action.key === current}
              onChange={() => {
                setPicked(action.key);
                onChange(action.key);
              }}
              aria-describedby={action.description ? `${inputId}-desc` : undefined}
            />
            <label htmlFor={inputId}>{action.name}</label>
            {action.description && (
              <span id={`${inputId}-desc`} className="choice__desc">
                {action.description}
              </span>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
