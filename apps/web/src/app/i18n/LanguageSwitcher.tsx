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
    // The screen remounts once the language's messages have loaded (a moment on first use).
    refocusAfterSwitch = true;
    void setLocale(next);
  };

  return (
    <div
      className={className}
      style={{ display: 'inline-flex', alignItems: 'center', gap: '0.4rem' }}
    >
      <label
        htmlFor={id}
        className="muted small"
        style={{ display: 'inline-flex', alignItems: 'center', gap: '0.3rem' }}
      >
        <GlobeIcon />
        <span className="language-switcher__text">{t('language.label')}</span>
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

// A globe reads as "language" in every script, for whoever lands in a language they cannot read.
function GlobeIcon() {
  return (
    <svg
      aria-hidden="true"
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
    >
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z" />
    </svg>
  );
}
