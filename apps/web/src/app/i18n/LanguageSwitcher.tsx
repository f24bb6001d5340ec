import { useEffect, useId, useRef, type ChangeEvent } from 'react';
import { LOCALE_NAMES, LOCALES, isLocale } from './locales';
import { setLocale, t, useLocale } from './t';

// A switch remounts the screen (see LocaleRoot), so the new switcher takes the focus back.
let refocusAfterSwitch = false;

interface LanguageSwitcherProps {
  className?: string;
}

/** A labelled drop-down of the five languages, each named in its own language. */
export function LanguageSwitcher({ className }: LanguageSwitcherProps) {
  const locale = useLocale();
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    if (!refocusAfterSwitch) return;
    refocusAfterSwitch = false;
    select.current?.focus();
  }, []);

  const change = (event: ChangeEvent<HTMLSelectElement>) => {
    const next = event.target.value;
    if (!isLocale(next)) return;
    refocusAfterSwitch = true;
    setLocale(next);
  };

  return (
    <div
      className={className}
      style={{ display: 'inline-flex', alignItems: 'center', gap: '0.4rem' }}
    >
      <label htmlFor={id} className="muted small">
        <span aria-hidden="true">🌐 </span>
        {t('language.label')}
      </label>
      <select
        id={id}
        ref={select}
        name="language"
        value={locale}
        onChange={change}
        style={{ width: 'auto', minHeight: 32, paddingBlock: '0.2rem' }}
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_NAMES[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
