interface FieldLabelProps {
  htmlFor: string;
  label: string;
  required?: boolean;
}

/**
 * The label holds only the field name, so assistive tech and tests read "Subject", not
 * "Subject *"; the input itself carries aria-required.
 */
export function FieldLabel({ htmlFor, label, required }: FieldLabelProps) {
  return (
    <span className="field__label">
      <label htmlFor={htmlFor}>{label}</label>
      {required && (
        <span className="field__required" aria-hidden="true">
          *
        </span>
      )}
    </span>
  );
}
