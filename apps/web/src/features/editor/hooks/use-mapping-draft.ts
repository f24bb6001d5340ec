import { isFieldShown, type FieldDefinition, type Mapping, type StepDto } from '@fluxo/contracts';
import { useCallback, useMemo, useState } from 'react';

/** Drops empty templates so the saved mapping only holds what the user filled in. */
export function cleanMapping(values: Mapping): Mapping {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== ''));
}

/** Leaves out fields hidden by `showWhen`: what was typed before switching is not saved. */
export function shownMapping(values: Mapping, fields: FieldDefinition[]): Mapping {
  return Object.fromEntries(
    Object.entries(values).filter(([key]) => {
      const field = fields.find((f) => f.key === key);
      return !field || isFieldShown(field, values);
    }),
  );
}

/**
 * The saved templates of the receiver's fields, else their defaults. With `dynamicKeyPrefix`,
 * also the saved keys listed from the account (a sheet's columns), which no field declares.
 */
export function initialMapping(
  step: StepDto,
  fields: FieldDefinition[],
  dynamicKeyPrefix?: string,
): Mapping {
  const values: Mapping = {};
  for (const field of fields) {
    const saved = step.mapping[field.key];
    values[field.key] = saved ?? (field.default === undefined ? '' : String(field.default));
  }
  if (dynamicKeyPrefix) {
    for (const [key, saved] of Object.entries(step.mapping)) {
      if (key.startsWith(dynamicKeyPrefix) && !(key in values)) values[key] = saved;
    }
  }
  return values;
}

export function sameMapping(a: Mapping, b: Mapping): boolean {
  const ca = cleanMapping(a);
  const cb = cleanMapping(b);
  const keys = new Set([...Object.keys(ca), ...Object.keys(cb)]);
  return [...keys].every((k) => ca[k] === cb[k]);
}

/** The mapping being edited in the receiver panel, and whether it differs from the saved one. */
export function useMappingDraft(
  step: StepDto,
  fields: FieldDefinition[],
  dynamicKeyPrefix?: string,
) {
  const [values, setValues] = useState<Mapping>(() =>
    initialMapping(step, fields, dynamicKeyPrefix),
  );
  const setValue = useCallback(
    (key: string, value: string) => setValues((v) => ({ ...v, [key]: value })),
    [],
  );
  const cleaned = useMemo(() => cleanMapping(shownMapping(values, fields)), [values, fields]);
  const dirty = useMemo(() => !sameMapping(cleaned, step.mapping), [cleaned, step.mapping]);
  return { values, setValue, dirty, cleaned };
}
