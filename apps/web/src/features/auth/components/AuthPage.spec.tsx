import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { FakeApi } from '@/testing/fake-api';
import { AuthPage } from './AuthPage';

function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.pathname + location.search}</p>;
}

function renderAt(url: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/login" element={<AuthPage mode="login" />} />
          <Route path="/signup" element={<AuthPage mode="signup" />} />
        </Routes>
        <Where />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe(AuthPage.name, () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi().install();
  });

  afterEach(() => api.uninstall());

  it('should open a fresh instance on sign-up, keeping where the visitor was going', async () => {
    api.on('GET /api/auth/instance', { hasUsers: false });
    renderAt('/login?next=%2Fconnections');

    expect(await screen.findByRole('button', { name: 'Create account' })).toBeInTheDocument();
    expect(screen.getByTestId('where')).toHaveTextContent('/signup?next=%2Fconnections');
  });

  it('should stay on log-in once someone has signed up', async () => {
    api.on('GET /api/auth/instance', { hasUsers: true });
    renderAt('/login');

    expect(await screen.findByRole('button', { name: 'Log in' })).toBeInTheDocument();
    await waitFor(() => expect(api.callsTo('GET /api/auth/instance')).toHaveLength(1));
    expect(screen.getByTestId('where')).toHaveTextContent('/login');
    expect(screen.getByRole('button', { name: 'Log in' })).toBeInTheDocument();
  });
});
