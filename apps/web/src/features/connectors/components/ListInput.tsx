import { GroupLegend } from '@/app/ui/GroupLegend';
import type { ComponentType } from 'react';
import { useFocusAfterRender } from '@/app/ui/use-focus-after-render';
import { t } from '@/app/i18n/t';
import type { FieldContext, FieldInputProps, GroupFieldProps } from './field-control.types';
import {
  clearDependents,
  emptyRow,
  itemFieldsOf,
  moveRow,
  visibleFields,
  type ListRow,
} from './field-values';

/** Rows of the field's item fields (a hosted form's questions): add, remove and reorder. */
export function ListInput({
  field,
  id,
  disabled,
  error,
  errorId,
  help,
  helpId,
  rows,
  onChange,
  context,
  Field,
}: GroupFieldProps & {
  rows: ListRow[];
  onChange: (rows: ListRow[]) => void;
  context?: FieldContext;
  /** The control of one item field: FieldInput passes itself, so a row holds any field type. */
  Field: ComponentType<FieldInputProps>;
}) {
  const itemFields = itemFieldsOf(field);
  // Element ids to focus once the rows re-rendered (the first that exists wins), so keyboard
  // users stay where they were after adding, moving or removing a row.
  const focusNext = useFocusAfterRender();

  const rowId = (index: number) => `${id}-row${index}`;
  const setRow = (index: number, key: string, value: ListRow[string]) =>
    onChange(
      rows.map((row, i) =>
        i === index ? (clearDependents(itemFields, { ...row, [key]: value }, key) as ListRow) : row,
      ),
    );

  const add = () => {
    const row = emptyRow(field);
    const first = visibleFields(itemFields, row)[0];
    focusNext(first ? [`${rowId(rows.length)}-${first.key}`] : [`${id}-add`]);
    onChange([...rows, row]);
  };
  const move = (index: number, delta: -1 | 1) => {
    const target = index + delta;
    focusNext([
      `${rowId(target)}-${delta < 0 ? 'up' : 'down'}`,
      `${rowId(target)}-${delta < 0 ? 'down' : 'up'}`,
    ]);
    onChange(moveRow(rows, index, delta));
  };
  const remove = (index: number) => {
    focusNext([`${rowId(index)}-remove`, `${rowId(index - 1)}-remove`, `${id}-add`]);
    onChange(rows.filter((_, i) => i !== index));
  };

  return (
    <fieldset
      className="field field-group list-field"
      aria-describedby={[helpId, errorId].filter(Boolean).join(' ') || undefined}
    >
      <GroupLegend label={field.label} required={field.required} />
      {help}
      {rows.length === 0 ? (
        <p className="list-field__empty">{t('fields.listEmpty')}</p>
      ) : (
        <ol className="list-field__rows">
          {rows.map((row, index) => {
            const n = index + 1;
            return (
              <li key={index} className="list-field__row">
                <fieldset className="list-field__row-fields">
                  <legend className="list-field__row-title">{t('fields.rowTitle', { n })}</legend>
                  {visibleFields(itemFields, row).map((itemField) => (
                    <Field
                      key={itemField.key}
                      field={itemField}
                      idPrefix={rowId(index)}
                      value={row[itemField.key]}
                      onChange={(value) => setRow(index, itemField.key, value as ListRow[string])}
                      disabled={disabled}
                      context={context}
                    />
                  ))}
                </fieldset>
                <div className="list-field__row-actions">
                  <button
                    type="button"
                    id={`${rowId(index)}-up`}
                    className="btn btn--ghost btn--small"
                    disabled={disabled || index === 0}
                    aria-label={t('fields.moveUpNamed', { n })}
                    onClick={() => move(index, -1)}
                  >
                    {t('fields.moveUp')}
                  </button>
                  <button
                    type="button"
                    id={`${rowId(index)}-down`}
                    className="btn btn--ghost btn--small"
                    disabled={disabled || index === rows.length - 1}
                    aria-label={t('fields.moveDownNamed', { n })}
                    onClick={() => move(index, 1)}
                  >
                    {t('fields.moveDown')}
                  </button>
                  <button
                    type="button"
                    id={`${rowId(index)}-remove`}
                    className="btn btn--ghost btn--small"
                    disabled={disabled}
                    aria-label={t('fields.removeRowNamed', { n })}
                    onClick={() => remove(index)}
                  >
                    {t('fields.removeRow')}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
      <div>
        <button
          type="button"
          id={`${id}-add`}
          className="btn btn--small"
          disabled={disabled}
          aria-label={t('fields.addRowNamed', { label: field.label })}
          onClick={add}
        >
          {t('fields.addRow')}
        </button>
      </div>
    </fieldset>
  );
}
