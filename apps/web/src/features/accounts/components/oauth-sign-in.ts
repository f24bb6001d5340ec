import type { ConnectorManifest } from '@fluxo/contracts';
import { visibleFields, type FormValues } from '@/features/connectors/components/field-values';

/** The auth field a connector with OAuth2 and manual credentials uses to choose between them. */
export const AUTH_TYPE_FIELD = 'authType';
/** The `authType` value of accounts connected through the vendor's consent page. */
export const OAUTH2_AUTH_TYPE = 'oauth2';

const RETURN_KEY = 'fluxo.oauthReturnTo';

/**
 * Which ways of connecting the account form offers now: the vendor's sign-in button, the
 * manual "save and check" of the typed credentials, or both (OAuth2 with other fields but no
 * `authType` choice).
 */
export function connectOptions(
  connector: Pick<ConnectorManifest, 'auth'>,
  values: FormValues,
): { signIn: boolean; manual: boolean } {
  const fields = connector.auth?.fields ?? [];
  if (!connector.auth?.oauth2) return { signIn: false, manual: true };
  const chooser = fields.find((f) => f.key === AUTH_TYPE_FIELD);
  if (chooser) {
    const signIn = values[AUTH_TYPE_FIELD] === OAUTH2_AUTH_TYPE;
    return { signIn, manual: !signIn };
  }
  return { signIn: true, manual: visibleFields(fields, values).length > 0 };
}

/** Where the browser goes to start the vendor's consent (the API redirects onwards). */
export function oauthStartUrl(connectorKey: string, accountName: string): string {
  return `/api/oauth/${encodeURIComponent(connectorKey)}/start?${new URLSearchParams({
    name: accountName,
  }).toString()}`;
}

// The API always comes back to /accounts; remember the screen the user left (e.g. the editor)
// so the accounts page can lead back to it.
export function rememberReturnPath(path: string): void {
  try {
    sessionStorage.setItem(RETURN_KEY, path);
  } catch {
    // Storage blocked: the user finds the way back through the menu.
  }
}

export function takeReturnPath(): string | null {
  try {
    const path = sessionStorage.getItem(RETURN_KEY);
    sessionStorage.removeItem(RETURN_KEY);
    // Only paths inside the app, never another site.
    return path && path.startsWith('/') && !path.startsWith('//') ? path : null;
  } catch {
    return null;
  }
}
