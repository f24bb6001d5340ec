import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { FakeApi } from '@/testing/fake-api';
import { renderInApp } from '@/testing/render';
import { HookUrl } from './HookUrl';

describe(HookUrl.name, () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi().install();
  });

  afterEach(() => api.uninstall());

  it('should build the address from FLUXO_PUBLIC_URL and raise no warning for public HTTPS', async () => {
    api.on('GET /api/auth/instance', { hasUsers: true, publicUrl: 'https://fluxo.shop.example/' });

    renderInApp(<HookUrl hookPath="/hooks/abc" label="Address" copyLabel="Copy" calledByVendors />);

    expect(await screen.findByDisplayValue('https://fluxo.shop.example/hooks/abc')).toBeVisible();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('should warn that payment gateways cannot reach this computer', async () => {
    api.on('GET /api/auth/instance', { hasUsers: true, publicUrl: null });

    renderInApp(<HookUrl hookPath="/hooks/abc" label="Address" copyLabel="Copy" calledByVendors />);

    expect(await screen.findByRole('note')).toHaveTextContent(
      'PayT, Fygaro and the other payment gateways cannot reach this address',
    );
    expect(screen.getByRole('note')).toHaveTextContent('FLUXO_PUBLIC_URL');
  });

  it('should not warn about an address only people open (a form page)', async () => {
    api.on('GET /api/auth/instance', { hasUsers: true, publicUrl: null });

    renderInApp(<HookUrl hookPath="/f/abc" label="Form" copyLabel="Copy" />);

    expect(await screen.findByDisplayValue('http://localhost/f/abc')).toBeVisible();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });
});
