import {
  generateKeyPairSync,
  randomBytes,
  verify as verifySignature,
  type KeyObject,
} from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { sendJson } from '../http';
import {
  type AccessToken,
  apiError,
  base64UrlDecode,
  GOOGLE_TOKEN_URL,
  JWT_BEARER,
  type RefreshToken,
  type ServiceAccountKey,
  SHEETS_SCOPE,
  TOKEN_LIFETIME_S,
} from './google-sheets-wire';

/**
 * Google's token side: service-account keys whose signed assertions it verifies, refresh tokens
 * of OAuth clients, and the access tokens API calls must carry.
 */
export class GoogleSheetsTokens {
  private readonly accessTokens = new Map<string, AccessToken>();
  private readonly refreshTokens = new Map<string, RefreshToken>();
  private readonly serviceAccounts = new Map<string, KeyObject>();

  /** `tokenUrl` is where keys send their token requests, known once the server listens. */
  constructor(private readonly tokenUrl: () => string) {}

  /** Forgets every token (service-account keys stay valid, as they do at Google). */
  clear(): void {
    this.accessTokens.clear();
    this.refreshTokens.clear();
  }

  /** A new key pair; the sandbox keeps the public half to verify the key's token requests. */
  createServiceAccountKey(name = 'fluxo-sheets'): ServiceAccountKey {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const clientEmail = `${name}-${this.serviceAccounts.size + 1}@fluxo-sandbox.iam.gserviceaccount.com`;
    this.serviceAccounts.set(clientEmail, publicKey);
    return {
      type: 'service_account',
      project_id: 'fluxo-sandbox',
      private_key_id: randomBytes(20).toString('hex'),
      private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      client_email: clientEmail,
      client_id: String(100_000_000_000_000_000_000n + BigInt(this.serviceAccounts.size)),
      auth_uri: 'https://accounts.google.com/o/oauth2/auth',
      token_uri: this.tokenUrl(),
      auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs',
      client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/${encodeURIComponent(clientEmail)}`,
      universe_domain: 'googleapis.com',
    };
  }

  /** An access token as if the user had just signed in (default scopes: Sheets and Drive list). */
  issueAccessToken(
    scopes = [SHEETS_SCOPE, 'https://www.googleapis.com/auth/drive.metadata.readonly'],
    subject = 'user@example.com',
  ): { accessToken: string; expiresAt: number } {
    const accessToken = `ya29.sandbox-${randomBytes(24).toString('base64url')}`;
    const expiresAt = Date.now() + TOKEN_LIFETIME_S * 1000;
    this.accessTokens.set(accessToken, { subject, scopes, expiresAt });
    return { accessToken, expiresAt };
  }

  /** A refresh token for an OAuth client, as the consent redirect would have returned. */
  issueRefreshToken(
    clientId: string,
    scopes = [SHEETS_SCOPE, 'https://www.googleapis.com/auth/drive.metadata.readonly'],
  ): string {
    const refreshToken = `1//sandbox-${randomBytes(24).toString('base64url')}`;
    this.refreshTokens.set(refreshToken, { clientId, scopes, revoked: false });
    return refreshToken;
  }

  /** The user removed Fluxo's access: every token stops working, refreshes get invalid_grant. */
  revoke(): void {
    this.accessTokens.clear();
    for (const token of this.refreshTokens.values()) token.revoked = true;
  }

  /** The access token of an API call, or Google's 401. */
  authenticate(header: string | undefined): AccessToken {
    const match = /^Bearer (\S+)$/i.exec(header ?? '');
    const token = match ? this.accessTokens.get(match[1]) : undefined;
    if (!token || token.expiresAt <= Date.now()) {
      throw apiError(
        401,
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login ' +
          'cookie or other valid authentication credential. See ' +
          'https://developers.google.com/identity/sign-in/web/devconsole-project.',
      );
    }
    return token;
  }

  /** Answers POST /token: a service-account assertion or a refresh token for an access token. */
  answerTokenRequest(body: unknown, response: ServerResponse): void {
    const form = (body ?? {}) as Record<string, string>;
    const fail = (error: string, description: string) =>
      sendJson(response, 400, { error, error_description: description });
    if (form.grant_type === JWT_BEARER) {
      const result = this.verifyAssertion(form.assertion ?? '');
      if ('error' in result) return fail('invalid_grant', result.error);
      const { accessToken } = this.issueAccessToken(result.scopes, result.subject);
      return sendJson(response, 200, {
        access_token: accessToken,
        expires_in: TOKEN_LIFETIME_S,
        token_type: 'Bearer',
      });
    }
    if (form.grant_type === 'refresh_token') {
      const stored = this.refreshTokens.get(form.refresh_token ?? '');
      if (!stored || stored.revoked) {
        return fail('invalid_grant', 'Token has been expired or revoked.');
      }
      if (stored.clientId !== form.client_id) {
        return fail('unauthorized_client', 'Unauthorized');
      }
      const { accessToken } = this.issueAccessToken(stored.scopes, stored.clientId);
      return sendJson(response, 200, {
        access_token: accessToken,
        expires_in: TOKEN_LIFETIME_S,
        scope: stored.scopes.join(' '),
        token_type: 'Bearer',
      });
    }
    return sendJson(response, 400, {
      error: 'unsupported_grant_type',
      error_description: 'Invalid grant_type: ' + (form.grant_type ?? ''),
    });
  }

  private verifyAssertion(
    assertion: string,
  ): { subject: string; scopes: string[] } | { error: string } {
    const parts = assertion.split('.');
    if (parts.length !== 3) return { error: 'Invalid JWT: Token must be a short-lived token.' };
    let header: { alg?: string };
    let claims: { iss?: string; scope?: string; aud?: string; exp?: number; iat?: number };
    try {
      header = JSON.parse(base64UrlDecode(parts[0]).toString('utf8'));
      claims = JSON.parse(base64UrlDecode(parts[1]).toString('utf8'));
    } catch {
      return { error: 'Invalid JWT: Token must be a short-lived token.' };
    }
    if (header.alg !== 'RS256') return { error: 'Invalid JWT Signature.' };
    const publicKey = this.serviceAccounts.get(claims.iss ?? '');
    if (!publicKey) return { error: 'Invalid grant: account not found' };
    const signed = verifySignature(
      'RSA-SHA256',
      Buffer.from(`${parts[0]}.${parts[1]}`),
      publicKey,
      base64UrlDecode(parts[2]),
    );
    if (!signed) return { error: 'Invalid JWT Signature.' };
    // google-auth-library always signs for Google's own token URL, whatever the key says.
    if (claims.aud !== GOOGLE_TOKEN_URL && claims.aud !== this.tokenUrl()) {
      return { error: 'Invalid JWT: Failed audience check.' };
    }
    const now = Math.floor(Date.now() / 1000);
    if (!claims.exp || !claims.iat || claims.exp <= now || claims.exp - claims.iat > 3600) {
      return {
        error:
          'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe.',
      };
    }
    if (!claims.scope) return { error: 'Invalid OAuth scope or ID token audience provided.' };
    return { subject: claims.iss as string, scopes: claims.scope.split(' ') };
  }
}
