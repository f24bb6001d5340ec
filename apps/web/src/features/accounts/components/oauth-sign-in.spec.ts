import type { ConnectorManifest, FieldDefinition } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { connectOptions, oauthStartUrl } from './oauth-sign-in';

const keyField: FieldDefinition = {
  key: 'serviceAccountKey',
  label: 'Service-account key',
  type: 'textarea',
  required: true,
  showWhen: { field: 'authType', equals: ['serviceAccount'] },
};
const authType: FieldDefinition = {
  key: 'authType',
  label: 'Sign-in method',
  type: 'select',
  required: true,
  options: [
    { value: 'oauth2', label: 'Sign in with Google' },
    { value: 'serviceAccount', label: 'Service-account key' },
  ],
};
const auth = (fields: FieldDefinition[], oauth2?: boolean): Pick<ConnectorManifest, 'auth'> => ({
  auth: { fields, ...(oauth2 ? { oauth2 } : {}) },
});

describe(connectOptions.name, () => {
  it('should only offer the manual form when the connector has no OAuth2', () => {
    expect(connectOptions(auth([keyField]), {})).toEqual({ signIn: false, manual: true });
  });

  it('should follow the authType choice when the connector offers both ways', () => {
    const connector = auth([authType, keyField], true);

    expect(connectOptions(connector, { authType: 'oauth2' })).toEqual({
      signIn: true,
      manual: false,
    });
    expect(connectOptions(connector, { authType: 'serviceAccount' })).toEqual({
      signIn: false,
      manual: true,
    });
  });

  it('should offer only the sign-in button when OAuth2 needs no typed field', () => {
    expect(connectOptions(auth([], true), {})).toEqual({ signIn: true, manual: false });
  });

  it('should offer both when OAuth2 comes with fields but no authType choice', () => {
    const plain: FieldDefinition = {
      key: 'region',
      label: 'Region',
      type: 'text',
      required: false,
    };

    expect(connectOptions(auth([plain], true), {})).toEqual({ signIn: true, manual: true });
  });
});

describe(oauthStartUrl.name, () => {
  it('should pass the account name encoded', () => {
    expect(oauthStartUrl('google-sheets', 'Shop & sales')).toBe(
      '/api/oauth/google-sheets/start?name=Shop+%26+sales',
    );
  });
});
