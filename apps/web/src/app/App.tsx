import { LocaleRoot } from './i18n/LocaleRoot';
import { AppProviders } from './providers';
import { AppRouter } from './router';

export function App() {
  return (
    <AppProviders>
      <LocaleRoot>
        <AppRouter />
      </LocaleRoot>
    </AppProviders>
  );
}
