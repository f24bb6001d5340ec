import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { whenLocaleReady } from './app/i18n/t';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element');

// Languages other than English load on demand; wait for the user's so the first screen is
// already in it (if its chunk fails, English it is).
void whenLocaleReady().then(() =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
