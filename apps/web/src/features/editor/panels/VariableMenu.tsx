import type { VariableDto } from '@fluxo/contracts';
import { useEffect, useRef } from 'react';
import { t } from '../../../app/i18n/t';
import { variableTag } from './insert-variable';

interface VariableMenuProps {
  id: string;
  fieldLabel: string;
  variables: VariableDto[] | null;
  onPick: (path: string) => void;
  onClose: () => void;
}

/** The list of sample variables the user can insert into a mapping field. */
export function VariableMenu({ id, fieldLabel, variables, onPick, onClose }: VariableMenuProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
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
        <ul>
          {variables.map((v) => (
            <li key={v.path}>
              <button
                type="button"
                className="variable-menu__item"
                aria-label={v.path}
                onClick={() => onPick(v.path)}
              >
                <code>{variableTag(v.path)}</code>
                <span className="variable-menu__preview">{v.preview}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
