import { describe, expect, it } from '@jest/globals';
import { publicAddressProblem } from './public-address';

describe(publicAddressProblem.name, () => {
  it.each([
    'http://localhost:3000/hooks/a',
    'https://127.0.0.1/hooks/a',
    'http://192.168.1.20:3000/hooks/a',
    'https://10.0.0.5/hooks/a',
    'https://172.20.1.1/hooks/a',
    'http://[::1]:3000/hooks/a',
    'https://fluxo.local/hooks/a',
    'http://fluxo:3000/hooks/a',
  ])('should say %s cannot be reached from the internet', (url) => {
    expect(publicAddressProblem(url)).toBe('private');
  });

  it('should ask for HTTPS on a public address served over HTTP', () => {
    expect(publicAddressProblem('http://fluxo.shop.example/hooks/a')).toBe('notHttps');
  });

  it('should accept a public HTTPS address, including 172 addresses outside the private range', () => {
    expect(publicAddressProblem('https://fluxo.shop.example/hooks/a')).toBeNull();
    expect(publicAddressProblem('https://172.32.0.1/hooks/a')).toBeNull();
  });
});
