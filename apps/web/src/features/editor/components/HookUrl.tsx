import { useId } from 'react';
import { t } from '@/app/i18n/t';
import { CopyButton } from '@/app/ui/CopyButton';
import { usePublicBaseUrl } from '@/features/auth/api/auth.api';
import { publicAddressProblem } from './public-address';

interface HookUrlProps {
  /** The public path, e.g. /hooks/abc… or a hosted form's /f/abc…. */
  hookPath: string;
  label: string;
  copyLabel: string;
  /** Adds a link that opens the address in a new tab (a hosted form's page). */
  openLabel?: string;
  compact?: boolean;
  /** Payment gateways call this address: say so when they could not reach it. */
  calledByVendors?: boolean;
}

export function HookUrl({
  hookPath,
  label,
  copyLabel,
  openLabel,
  compact,
  calledByVendors,
}: HookUrlProps) {
  const id = useId();
  const url = usePublicBaseUrl() + hookPath;
  const problem = calledByVendors ? publicAddressProblem(url) : null;
  return (
    <div className={compact ? 'hook-url hook-url--compact' : 'hook-url'}>
      <label htmlFor={id}>{label}</label>
      <div className="hook-url__row">
        <input
          id={id}
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          spellCheck={false}
        />
        <CopyButton text={url} label={copyLabel} />
        {openLabel && (
          <a className="btn btn--small" href={url} target="_blank" rel="noopener noreferrer">
            {openLabel}
            <span className="visually-hidden"> ({t('fields.opensInNewTab')})</span>
          </a>
        )}
      </div>
      {problem && (
        <p className="notice notice--warn small" role="note">
          {problem === 'private' ? t('hookUrl.private') : t('hookUrl.notHttps')}{' '}
          {t('hookUrl.setPublicUrl')}
        </p>
      )}
    </div>
  );
}
