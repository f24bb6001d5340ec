import type {
  DynamicFieldsDeclaration,
  FieldDefinition,
  FieldOption,
  Mapping,
} from '@fluxo/contracts';

/** A mapped key whose entry (a sheet's column) the loader no longer lists. */
export interface StaleDynamicField {
  key: string;
  /** The key without the prefix: the column as it was when mapped. */
  name: string;
  value: string;
}

export interface DynamicFieldList {
  /** One templated text field per listed option, in the loader's order. */
  fields: FieldDefinition[];
  /** Mapped keys with the prefix that are not listed any more; kept until the user removes them. */
  stale: StaleDynamicField[];
}

/**
 * What the options loader is sent: each `dependsOn` key with its value in the mapping (literal
 * dynamic-select values). Null while one of them is still empty, so nothing is asked yet.
 */
export function dynamicFieldsSettings(
  declaration: Pick<DynamicFieldsDeclaration, 'dependsOn'>,
  mapping: Mapping,
): Record<string, string> | null {
  const settings: Record<string, string> = {};
  for (const key of declaration.dependsOn) {
    const value = mapping[key];
    if (value === undefined || value.trim() === '') return null;
    settings[key] = value;
  }
  return settings;
}

/** Whether a mapping key belongs to the declared dynamic fields rather than a static field. */
export function isDynamicKey(
  declaration: Pick<DynamicFieldsDeclaration, 'keyPrefix'>,
  key: string,
  staticKeys: ReadonlySet<string>,
): boolean {
  return key.startsWith(declaration.keyPrefix) && !staticKeys.has(key);
}

/**
 * The fields to map for the listed options, and the mapped keys no longer listed. Options with
 * the same value are shown once; a stale key only counts while it holds something.
 */
export function dynamicFieldList(
  declaration: Pick<DynamicFieldsDeclaration, 'keyPrefix'>,
  options: FieldOption[],
  mapping: Mapping,
  staticKeys: ReadonlySet<string> = new Set(),
): DynamicFieldList {
  const fields: FieldDefinition[] = [];
  const listed = new Set<string>();
  for (const option of options) {
    const key = declaration.keyPrefix + option.value;
    if (listed.has(key) || staticKeys.has(key)) continue;
    listed.add(key);
    fields.push({ key, label: option.label || option.value, type: 'text', required: false });
  }
  const stale = Object.entries(mapping)
    .filter(
      ([key, value]) =>
        isDynamicKey(declaration, key, staticKeys) && !listed.has(key) && value.trim() !== '',
    )
    .map(([key, value]) => ({ key, name: key.slice(declaration.keyPrefix.length), value }));
  return { fields, stale };
}
