import { useEffect, useState } from 'react';

interface SwitchProps {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  /** True while the change is being saved; the switch shows the new state meanwhile. */
  pending?: boolean;
  /** Hide the label visually but keep it for screen readers and tests. */
  hideLabel?: boolean;
  disabled?: boolean;
}

export function Switch({
  id,
  checked,
  onChange,
  label,
  pending,
  hideLabel,
  disabled,
}: SwitchProps) {
  const [optimistic, setOptimistic] = useState<boolean | null>(null);
  // Once the save settles, the saved value (new on success, old on failure) wins again.
  useEffect(() => {
    if (!pending) setOptimistic(null);
  }, [pending, checked]);

  return (
    <span className="switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        className="switch__input"
        checked={optimistic ?? checked}
        disabled={disabled}
        onChange={(e) => {
          setOptimistic(e.target.checked);
          onChange(e.target.checked);
        }}
      />
      <label htmlFor={id} className={hideLabel ? 'switch__label visually-hidden' : 'switch__label'}>
        {label}
      </label>
    </span>
  );
}
