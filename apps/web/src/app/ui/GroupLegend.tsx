import { t } from '@/app/i18n/t';

/** A field group's name, with the required mark shown to sighted users and said to others. */
export function GroupLegend({ label, required }: { label: string; required?: boolean }) {
  return (
    <legend className="field-group__legend">
      {label}
      {required && (
        <span className="field__required" aria-hidden="true">
          {' '}
          *
        </span>
      )}
      {required && <span className="visually-hidden"> ({t('fields.requiredMark')})</span>}
    </legend>
  );
}
