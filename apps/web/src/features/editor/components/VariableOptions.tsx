import type { VariableDto } from '@fluxo/contracts';

/** The test item's variables as suggestions for an input with `list={id}`. */
export function VariableOptions({
  id,
  variables,
}: {
  id: string;
  variables: VariableDto[] | null;
}) {
  return (
    <datalist id={id}>
      {(variables ?? []).map((v) => (
        <option key={v.path} value={v.path}>
          {v.preview}
        </option>
      ))}
    </datalist>
  );
}
