import { isFieldShown, optionsOf, type FieldDefinition, type StepSettings } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';

/** One value of a scalar input while the user types: text, or a flag for checkboxes. */
export type ScalarFormValue = string | boolean;
/** One row of a `list` field (a hosted form's question): item field key → value. */
export type ListRow = Record<string, ScalarFormValue>;
/** What a form holds while the user types: text, a flag, ticked values, or list rows. */
export type FormValue = ScalarFormValue | string[] | ListRow[];
export type FormValues = Record<string, FormValue>;
/** What forms send to the API; the shape of a step's settings. */
export type SubmitValues = StepSettings;
type Scalar = string | number | boolean;

/**
 * A `list` field's item fields. A row is a record of scalars (StepSettings), so it never holds
 * another list or a multi-select's several values.
 */
export function itemFieldsOf(field: FieldDefinition): FieldDefinition[] {
  if (field.type !== 'list') return [];
  return field.itemFields.filter((f) => f.type !== 'multi-select');
}

function initialScalar(field: FieldDefinition, current: unknown): ScalarFormValue {
  if (field.type === 'boolean') return current === true || current === 'true';
  return current === undefined || current === null ? '' : String(current);
}

function initialChoices(current: unknown): string[] {
  if (Array.isArray(current)) return current.filter((v): v is string => typeof v === 'string');
  // A default declared as "a,b" or a value saved before the field became a multi-select.
  if (typeof current === 'string' && current.trim() !== '')
    return current
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
  return [];
}

/** A blank row of a list field, its defaults filled in. */
export function emptyRow(field: FieldDefinition): ListRow {
  return initialRow(itemFieldsOf(field), {});
}

function initialRow(itemFields: FieldDefinition[], existing: unknown): ListRow {
  const saved = typeof existing === 'object' && existing !== null ? existing : {};
  const row: ListRow = {};
  for (const item of itemFields) {
    row[item.key] = initialScalar(
      item,
      (saved as Record<string, unknown>)[item.key] ?? item.default,
    );
  }
  return row;
}

export function initialFieldValues(
  fields: FieldDefinition[],
  existing: Record<string, unknown> = {},
): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const current = existing[field.key] ?? field.default;
    if (field.type === 'multi-select') values[field.key] = initialChoices(current);
    else if (field.type === 'list')
      values[field.key] = Array.isArray(current)
        ? current.map((row) => initialRow(itemFieldsOf(field), row))
        : [];
    else values[field.key] = initialScalar(field, current);
  }
  return values;
}

/**
 * The fields to show for the current values, in declaration order. Hidden fields are neither
 * shown, required nor saved; `isFieldShown` is the API's own rule, so the editor never hides a
 * field the API still requires.
 */
export function visibleFields<F extends Pick<FieldDefinition, 'showWhen'>>(
  fields: F[],
  values: Record<string, unknown>,
): F[] {
  return fields.filter((f) => isFieldShown(f, values));
}

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

function isBlankRow(row: ListRow, itemFields: FieldDefinition[]): boolean {
  return itemFields.every((f) => f.type === 'boolean' || isBlank(row[f.key]));
}

/** Required fields the user left empty, keyed by field, with the message to show. */
export function missingRequiredFields(
  fields: FieldDefinition[],
  values: FormValues,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of visibleFields(fields, values)) {
    const value = values[field.key];
    if (field.type === 'list') {
      const message = missingInRows(field, Array.isArray(value) ? (value as ListRow[]) : []);
      if (message) errors[field.key] = message;
      else if (field.required && isBlank(value))
        errors[field.key] = t('fields.listRequired', { label: field.label });
      continue;
    }
    if (field.required && field.type !== 'boolean' && isBlank(value)) {
      errors[field.key] =
        field.type === 'multi-select'
          ? t('fields.chooseAtLeastOne', { label: field.label })
          : t('fields.required', { label: field.label });
    }
  }
  return errors;
}

function missingInRows(field: FieldDefinition, rows: ListRow[]): string | null {
  const itemFields = itemFieldsOf(field);
  for (const [index, row] of rows.entries()) {
    if (isBlankRow(row, itemFields)) continue; // left out on save
    for (const item of visibleFields(itemFields, row)) {
      if (item.required && item.type !== 'boolean' && isBlank(row[item.key]))
        return t('fields.rowRequired', { label: item.label, n: index + 1, list: field.label });
    }
  }
  return null;
}

function toScalar(field: FieldDefinition, value: ScalarFormValue): Scalar | undefined {
  if (typeof value === 'boolean') return value;
  if (value.trim() === '') return undefined;
  if (field.type === 'number' || field.type === 'money') {
    const n = Number(value.replace(',', '.'));
    return Number.isFinite(n) ? n : value;
  }
  return value;
}

/**
 * Converts what the user typed into the values the API expects: numbers as numbers, ticked
 * choices as a list, list rows as records. Empty optional values, blank rows and fields hidden
 * by `showWhen` are left out.
 */
export function toSubmitValues(fields: FieldDefinition[], values: FormValues): SubmitValues {
  const out: SubmitValues = {};
  for (const field of visibleFields(fields, values)) {
    const value = values[field.key];
    if (value === undefined) continue;
    if (field.type === 'list') {
      const itemFields = itemFieldsOf(field);
      const rows = (Array.isArray(value) ? (value as ListRow[]) : [])
        .filter((row) => typeof row === 'object' && !isBlankRow(row, itemFields))
        .map((row) => {
          const record: Record<string, Scalar> = {};
          for (const item of visibleFields(itemFields, row)) {
            const shaped = row[item.key] === undefined ? undefined : toScalar(item, row[item.key]);
            if (shaped !== undefined) record[item.key] = shaped;
          }
          return record;
        });
      if (rows.length > 0) out[field.key] = rows;
      continue;
    }
    if (Array.isArray(value)) {
      const choices = value.filter((v): v is string => typeof v === 'string');
      if (choices.length > 0) out[field.key] = choices;
      continue;
    }
    const shaped = toScalar(field, value);
    if (shaped !== undefined) out[field.key] = shaped;
  }
  return out;
}

/** Only the scalar values: what an account's credentials can hold. */
export function scalarValues(values: SubmitValues): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [key, value] of Object.entries(values)) {
    if (!Array.isArray(value)) out[key] = value;
  }
  return out;
}

/**
 * After `changedKey` changed, empties the dynamic choices that were listed from it (a sheet tab
 * belongs to one spreadsheet), and theirs in turn.
 */
export function clearDependents(
  fields: FieldDefinition[],
  values: FormValues,
  changedKey: string,
): FormValues {
  const next = { ...values };
  const queue = [changedKey];
  const cleared = new Set<string>([changedKey]);
  while (queue.length > 0) {
    const key = queue.shift() as string;
    for (const field of fields) {
      const dependsOn = field.type === 'dynamic-select' ? (field.dependsOn ?? []) : [];
      if (cleared.has(field.key) || !dependsOn.includes(key)) continue;
      cleared.add(field.key);
      next[field.key] = '';
      queue.push(field.key);
    }
  }
  return next;
}

/** Toggles one choice of a multi-select, keeping the order the options are declared in. */
export function toggleChoice(
  field: FieldDefinition,
  current: string[],
  value: string,
  checked: boolean,
): string[] {
  const set = new Set(current);
  if (checked) set.add(value);
  else set.delete(value);
  const order = optionsOf(field).map((o) => o.value);
  const known = order.filter((v) => set.has(v));
  // Values no longer offered stay at the end rather than disappearing silently.
  const unknown = [...set].filter((v) => !order.includes(v));
  return [...known, ...unknown];
}

/** Moves a list row one place up (-1) or down (+1); out-of-range moves change nothing. */
export function moveRow<T>(rows: T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= rows.length || target < 0 || target >= rows.length) return rows;
  const next = [...rows];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}
