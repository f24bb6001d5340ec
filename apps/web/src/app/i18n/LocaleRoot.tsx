import { Fragment, type ReactNode } from 'react';
import { useLocale } from './t';

/**
 * Remounts the screens below it when the language changes, so every `t()` call (most components
 * call the plain function) and every memoised canvas node renders again in the new language.
 * Sits inside the query provider: cached data survives, only unsaved local form state is reset.
 */
export function LocaleRoot({ children }: { children: ReactNode }) {
  const locale = useLocale();
  return <Fragment key={locale}>{children}</Fragment>;
}
