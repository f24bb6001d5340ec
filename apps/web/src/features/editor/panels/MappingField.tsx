import type { FieldDefinition, VariableDto } from '@fluxo/contracts';
import { useCallback, useId, useLayoutEffect, useRef, useState } from 'react';
import { FieldLabel } from '@/app/ui/FieldLabel';
import { t } from '@/app/i18n/t';
import { AccountSelect } from '@/features/connectors/components/AccountSelect';
import { DynamicSelect } from '@/features/connectors/components/DynamicSelect';
import type { FieldContext } from '@/features/connectors/components/field-control.types';
import { MultiSelectInput } from '@/features/connectors/components/MultiSelectInput';
import { displayValue, isLiteralMappingField, joinChoices, splitChoices } from './mapping-values';
import { insertVariable } from './insert-variable';
import { VariableMenu } from './VariableMenu';

/** The value the last preview gave this field; outdated once the field changed since. */
export interface FieldPreview {
  value: unknown;
  outdated: boolean;
}

interface MappingFieldProps {
  field: FieldDefinition;
  value: string;
  onChange: (value: string) => void;
  variables: VariableDto[] | null;
  error?: string;
  /** The receiver's system, account and other mapped values, for choices listed from them. */
  context?: FieldContext;
  preview?: FieldPreview;
}

type Selection = { start: number; end: number } | null;

/** One receiver field: its template and a picker that inserts `{{ variable }}` at the cursor. */
export function MappingField({
  field,
  value,
  onChange,
  variables,
  error,
  context,
  preview,
}: MappingFieldProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  // Where the cursor was before the picker took focus; null until the user clicked in the field.
  const selection = useRef<Selection>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const closeMenu = useCallback(() => setMenuOpen(false), []);
  // Where the caret goes once the inserted variable is rendered. Restored in the same commit, not a
  // later frame: a frame later the user may already be typing in another field, and focus would
  // jump back here and take their keystrokes.
  const pendingCaret = useRef<number | null>(null);
  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    const el = inputRef.current;
    if (caret === null || !el) return;
    pendingCaret.current = null;
    el.focus();
    el.setSelectionRange(caret, caret);
  });

  const rememberSelection = () => {
    const el = inputRef.current;
    if (el)
      selection.current = {
        start: el.selectionStart ?? el.value.length,
        end: el.selectionEnd ?? el.value.length,
      };
  };

  const pick = (path: string, filter: string | null) => {
    const result = insertVariable(
      value,
      path,
      selection.current?.start ?? null,
      selection.current?.end ?? null,
      filter,
    );
    onChange(result.value);
    selection.current = { start: result.caret, end: result.caret };
    pendingCaret.current = result.caret;
    setMenuOpen(false);
  };

  const helpId = field.help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const previewId = preview ? `${id}-preview` : undefined;
  const common = {
    id,
    'aria-required': field.required || undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [helpId, previewId, errorId].filter(Boolean).join(' ') || undefined,
  };

  if (field.type === 'multi-select') {
    const help = field.help && (
      <p id={helpId} className="field__help">
        {field.help}
      </p>
    );
    return (
      <div className="mapping-field">
        <MultiSelectInput
          field={field}
          id={id}
          help={help}
          helpId={helpId}
          error={error}
          errorId={errorId}
          value={splitChoices(value)}
          onChange={(choices) => onChange(joinChoices(choices))}
        />
      </div>
    );
  }

  // Choices are fixed values, not templates: they are picked, never built from variables.
  const templated = !isLiteralMappingField(field);
  let control;
  if (field.type === 'account') {
    control = <AccountSelect field={field} control={common} value={value} onChange={onChange} />;
  } else if (field.type === 'dynamic-select') {
    control = (
      <DynamicSelect
        field={field}
        control={common}
        value={value}
        onChange={onChange}
        context={context}
      />
    );
  } else if (field.type === 'select' || field.type === 'boolean') {
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
      {preview && (
        <p id={previewId} className="field__preview">
          {preview.outdated ? (
            t('mapping.previewOutdated', { button: t('test.preview') })
          ) : (
            <>
              <span className="field__preview-label">{t('mapping.fieldPreview')}</span>{' '}
              <span className="field__preview-value wrap">{previewText(preview.value, field)}</span>
            </>
          )}
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

function previewText(value: unknown, field: FieldDefinition): string {
  const empty =
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0);
  return empty ? t('mapping.previewEmpty') : displayValue(value, field);
}
