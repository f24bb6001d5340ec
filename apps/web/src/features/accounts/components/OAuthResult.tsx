import type { AccountDto } from '@fluxo/contracts';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { t } from '@/app/i18n/t';
import { takeReturnPath } from './oauth-sign-in';

/** What the vendor's consent page came back with (`?connected=` or `?oauthError=`). */
export function OAuthResult({
  connectedId,
  oauthError,
  accounts,
  onDismiss,
}: {
  connectedId: string | null;
  oauthError: string | null;
  accounts: AccountDto[] | undefined;
  onDismiss: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [returnTo] = useState(() => (connectedId || oauthError ? takeReturnPath() : null));
  const shown = Boolean(connectedId || oauthError);
  useEffect(() => {
    // Land on the result after the full-page redirect, so screen readers announce it first.
    if (shown) ref.current?.focus();
  }, [shown]);
  if (!shown) return null;

  const name = accounts?.find((a) => a.id === connectedId)?.name;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={oauthError ? 'notice notice--bad oauth-result' : 'notice notice--ok oauth-result'}
      role={oauthError ? 'alert' : 'status'}
    >
      <p>
        {oauthError
          ? t('accounts.oauthFailed', { message: oauthError })
          : name
            ? t('accounts.oauthConnectedNamed', { name })
            : t('accounts.oauthConnected')}
      </p>
      <div className="actions">
        {returnTo && !returnTo.startsWith('/accounts') && (
          <Link to={returnTo} className="btn btn--small">
            {t('accounts.oauthBack')}
          </Link>
        )}
        <button type="button" className="btn btn--ghost btn--small" onClick={onDismiss}>
          {t('accounts.oauthDismiss')}
        </button>
      </div>
    </div>
  );
}
