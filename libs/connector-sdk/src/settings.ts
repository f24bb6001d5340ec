import type { FieldDefinition, FieldOfType, StepSettings } from '@fluxo/contracts';
import type { ConnectorContext, OptionsLoader } from './connector';

/** One row of a `list` setting (a hosted form's question). */
export type ListRow = Record<string, string | number | boolean>;

/**
 * A field as a connector declares it. A dynamic-select names the function that lists its choices
 * (`loadOptions`), not a loader by string: the name the editor calls it by is derived.
 */
export type FieldDeclaration =
  Exclude<FieldDefinition, { type: 'dynamic-select' }> | DynamicSelectDeclaration;

export type DynamicSelectDeclaration = Omit<FieldOfType<'dynamic-select'>, 'optionsLoader'> & {
  loadOptions: OptionsLoader;
};

/** The value a setting of this field holds once read: booleans, lists of choices, rows, text. */
export type FieldValue<F extends { type: string }> = F extends { type: 'boolean' }
  ? boolean
  : F extends { type: 'multi-select' }
    ? string[]
    : F extends { type: 'list' }
      ? ListRow[]
      : string;

/** A step's settings typed from its declared fields: `{ spreadsheet: string; events: string[] }`. */
export type SettingsOf<Fields extends readonly { key: string; type: string }[]> = {
  [F in Fields[number] as F['key']]: FieldValue<F>;
};

/** A receiver's payload typed from its fields: every mapped field is rendered text. */
export type PayloadOf<Fields extends readonly { key: string }[]> = {
  [F in Fields[number] as F['key']]: string;
} & Record<string, string>;

/** A connector context whose settings are read from the declared fields. */
export type TypedContext<Settings> = Omit<ConnectorContext, 'settings'> & { settings: Settings };

/** Keeps a field declaration's literal key and type, so steps that share it stay typed. */
export function defineField<const F extends FieldDeclaration>(field: F): F {
  return field;
}

/** Keeps the literal keys and types of a step's fields, for SettingsOf and PayloadOf. */
export function defineFields<const Fields extends readonly FieldDeclaration[]>(
  fields: Fields,
): Fields {
  return fields;
}

/**
 * Reads saved settings as the declared fields say, so a connector never re-parses them: text
 * types become strings, booleans booleans (`"true"` too), multi-selects lists of strings (a
 * comma-joined string too), lists their rows. A missing value is the field's default, else
 * empty ('' · false · []). Settings no field declares pass through untouched.
 */
export function readSettings<const Fields extends readonly { key: string; type: string }[]>(
  fields: Fields,
  raw: StepSettings,
): SettingsOf<Fields> {
  const settings: Record<string, unknown> = { ...raw };
  for (const field of fields as readonly FieldShape[]) {
    settings[field.key] = readValue(field, raw[field.key] ?? field.default);
  }
  return settings as SettingsOf<Fields>;
}

type FieldShape = { key: string; type: string; default?: string | number | boolean };

function readValue(field: FieldShape, value: unknown): unknown {
  switch (field.type) {
    case 'boolean':
      return value === true || value === 'true' || value === 1 || value === '1';
    case 'multi-select':
      if (Array.isArray(value)) return value.map(String);
      return typeof value === 'string' && value.trim()
        ? value
            .split(',')
            .map((choice) => choice.trim())
            .filter(Boolean)
        : [];
    case 'list':
      return Array.isArray(value)
        ? value.filter((row) => typeof row === 'object' && row !== null && !Array.isArray(row))
        : [];
    default:
      return value === undefined || value === null || typeof value === 'object'
        ? ''
        : String(value);
  }
}
