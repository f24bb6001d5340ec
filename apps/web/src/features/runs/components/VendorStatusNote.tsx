import type { DeliveryDto } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';
import { formatDateTime, formatRelativeTime } from '@/app/ui/format';

/**
 * What the vendor reported later about a delivered message (sent, delivered, failed with its
 * code), in plain words; while a vendor that reports has not yet, says it is waiting.
 */
export function VendorStatusNote({
  delivery,
  systemName,
  reportsStatus,
}: {
  delivery: DeliveryDto;
  systemName: string;
  reportsStatus: boolean;
}) {
  const report = delivery.vendorStatus;
  if (!report) {
    if (!reportsStatus || delivery.status !== 'delivered') return null;
    return (
      <p className="notice small" role="status">
        {t('vendor.waiting', { system: systemName })}
      </p>
    );
  }

  const tone =
    report.status === 'failed'
      ? 'notice notice--bad'
      : report.status === 'delivered'
        ? 'notice notice--ok'
        : 'notice';
  return (
    <div className={`${tone} vendor-status`} role="status">
      <p>
        <strong>{t(`vendor.${report.status}`, { system: systemName })}</strong>{' '}
        <time dateTime={report.at} title={formatDateTime(report.at)}>
          ({formatRelativeTime(report.at)})
        </time>
      </p>
      {(report.errorCode || report.errorMessage) && (
        <p>
          {report.errorCode && t('vendor.errorCode', { code: report.errorCode })}
          {report.errorCode && report.errorMessage && ': '}
          {report.errorMessage}
        </p>
      )}
      {report.vendorStatus && (
        <p className="small">
          {t('vendor.vendorWord', { system: systemName, status: report.vendorStatus })}
        </p>
      )}
    </div>
  );
}
