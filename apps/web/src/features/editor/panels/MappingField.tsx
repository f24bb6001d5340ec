import type { FieldDefinition, VariableDto } from '@fluxo/contracts';
import { useCallback, useId, useRef, useState } from 'react';
import { FieldLabel } from '../../../app/ui/FieldLabel';
import { t } from '../../../app/i18n/t';
import { insertVariable } from './insert-variable';
import { VariableMenu } from './VariableMenu';

interface MappingFieldProps {
  field: FieldDefinition;
  value: string;
  onChange: (value: string) => void;
  variables: VariableDto[] | null;
  error?: string;
}

type Selection = { start: number; end: number } | null;

/** One receiver field: its template and a picker that inserts `{{ variable }}` at the cursor. */
export function MappingField({ field, value, onChange, variables, error }: MappingFieldProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  // Where the cursor was before the picker took focus; null until the user clicked in the field.
  const selection = useRef<Selection>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const closeMenu = useCallback(() => setMenuOpen(false), []);

  const rememberSelection = () => {
    const el = inputRef.current;
    if (el)
      selection.current = {
        start: el.selectionStart ?? el.value.length,
        end: el.selectionEnd ?? el.value.length,
      };
  };

  const pick = (path: string) => {
    const result = insertVariable(
      value,
      path,
      selection.current?.start ?? null,
      selection.current?.end ?? null,
    );
    onChange(result.value);
    selection.current = { start: result.caret, end: result.caret };
    setMenuOpen(false);
    requestAnimationFrame(() => {
      const el = inputRef.current;
      if (!el) return;
      el.focus();
      el.setSelectionRange(result.caret, result.caret);
    });
  };

  const helpId = field.help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const common = {
    id,
    'aria-required': field.required || undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [helpId, errorId].filter(Boolean).join(' ') || undefined,
  };

  const templated = field.type !== 'select' && field.type !== 'boolean';
  let control;
  if (field.type === 'select' || field.type === 'boolean') {
    const options =
      field.type === 'boolean'
        ? [
            { value: 'true', label: t('common.yes') },
            { value: 'false', label: t('common.no') },
          ]
        : (field.options ?? []);
    control = (
      <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('fields.choose')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else if (field.type === 'textarea') {
    control = (
      <textarea
        {...common}
        ref={inputRef}
        rows={5}
        value={value}
        placeholder={field.placeholder}
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
        onSelect={rememberSelection}
      />
    );
  } else {
    control = (
      <input
        {...common}
        ref={inputRef}
        type="text"
        value={value}
        placeholder={field.placeholder}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
        onSelect={rememberSelection}
      />
    );
  }

  return (
    <div className="field mapping-field">
      <div className="mapping-field__head">
        <FieldLabel htmlFor={id} label={field.label} required={field.required} />
        {templated && (
          <button
            type="button"
            className="btn btn--ghost btn--small"
            data-variable-toggle
            aria-expanded={menuOpen}
            aria-controls={menuOpen ? `${id}-menu` : undefined}
            aria-label={t('mapping.insertVariableInto', { field: field.label })}
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t('mapping.insertVariable')}
          </button>
        )}
      </div>
      {control}
      {menuOpen && (
        <VariableMenu
          id={`${id}-menu`}
          fieldLabel={field.label}
          variables={variables}
          onPick={pick}
          onClose={closeMenu}
        />
      )}
      {field.help && (
        <p id={helpId} className="field__help">
          {field.help}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
