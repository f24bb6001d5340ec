import type { VariableDto } from '@fluxo/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { t } from '@/app/i18n/t';
import {
  VARIABLE_FORMATS,
  formatFilter,
  variableTag,
  type VariableFormat,
} from './insert-variable';

interface VariableMenuProps {
  id: string;
  fieldLabel: string;
  variables: VariableDto[] | null;
  /** The filter is null when the variable is inserted as it is. */
  onPick: (path: string, filter: string | null) => void;
  onClose: () => void;
}

/**
 * The list of sample variables the user can insert into a mapping field, with how to insert them
 * (as they are, or formatted through one of the mapping language's filters).
 */
export function VariableMenu({ id, fieldLabel, variables, onPick, onClose }: VariableMenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const formId = useId();
  const [format, setFormat] = useState<VariableFormat>('plain');
  const [defaultText, setDefaultText] = useState('');
  const filter = formatFilter(format, defaultText);

  useEffect(() => {
    // The first variable takes focus; "Insert as" is one Shift+Tab before it.
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as HTMLElement;
      if (!ref.current?.contains(target) && !target.closest('[data-variable-toggle]')) onClose();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [onClose]);

  return (
    <div
      id={id}
      ref={ref}
      className="variable-menu"
      role="group"
      aria-label={t('mapping.variablesFor', { field: fieldLabel })}
    >
      {variables === null || variables.length === 0 ? (
        <p className="small">{t('mapping.noVariables')}</p>
      ) : (
        <>
          <div className="variable-menu__format">
            <label htmlFor={`${formId}-format`}>{t('mapping.insertAs')}</label>
            <select
              id={`${formId}-format`}
              value={format}
              onChange={(e) => setFormat(e.target.value as VariableFormat)}
            >
              {VARIABLE_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(`mapping.format.${f}`)}
                </option>
              ))}
            </select>
            {format === 'default' && (
              <>
                <label htmlFor={`${formId}-default`}>{t('mapping.defaultText')}</label>
                <input
                  id={`${formId}-default`}
                  type="text"
                  autoComplete="off"
                  value={defaultText}
                  onChange={(e) => setDefaultText(e.target.value)}
                />
              </>
            )}
          </div>
          <ul>
            {variables.map((v) => (
              <li key={v.path}>
                <button
                  type="button"
                  className="variable-menu__item"
                  aria-label={v.path}
                  onClick={() => onPick(v.path, filter)}
                >
                  <code>{variableTag(v.path, filter)}</code>
                  <span className="variable-menu__preview">{v.preview}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
