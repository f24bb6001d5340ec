interface SwitchProps {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  /** Hide the label visually but keep it for screen readers and tests. */
  hideLabel?: boolean;
  disabled?: boolean;
}

export function Switch({ id, checked, onChange, label, hideLabel, disabled }: SwitchProps) {
  return (
    <span className="switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        className="switch__input"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id} className={hideLabel ? 'switch__label visually-hidden' : 'switch__label'}>
        {label}
      </label>
    </span>
  );
}
