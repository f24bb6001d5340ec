import { useId } from 'react';
import { CopyButton } from '../../../app/ui/CopyButton';

interface HookUrlProps {
  hookPath: string;
  label: string;
  copyLabel: string;
  compact?: boolean;
}

export function HookUrl({ hookPath, label, copyLabel, compact }: HookUrlProps) {
  const id = useId();
  const url = window.location.origin + hookPath;
  return (
    <div className={compact ? 'hook-url hook-url--compact' : 'hook-url'}>
      <label htmlFor={id}>{label}</label>
      <div className="hook-url__row">
        <input
          id={id}
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          spellCheck={false}
        />
        <CopyButton text={url} label={copyLabel} />
      </div>
    </div>
  );
}
