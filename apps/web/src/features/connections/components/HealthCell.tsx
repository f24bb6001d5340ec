import type { ConnectionDto } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';
import { disabledReasonText } from './disabled-reason-text';
import { healthOf } from './connection-filters';
import { setupProblemKey, setupProblemText } from './setup-problem-text';
import { useSetupProblems } from '../hooks/use-setup-problems';

const HEALTH_TONE = { ready: 'ok', 'needs-setup': 'warn', failing: 'bad' } as const;

export function HealthCell({ connection }: { connection: ConnectionDto }) {
  const health = healthOf(connection);
  const problems = useSetupProblems(connection);
  const label =
    health === 'ready'
      ? t('list.healthReady')
      : health === 'needs-setup'
        ? t('list.healthNeedsSetup')
        : t('list.healthFailing');
  return (
    <div className="health">
      <span className={`badge badge--${HEALTH_TONE[health]}`}>{label}</span>
      {health === 'needs-setup' && problems.length > 0 && (
        <ul className="health__problems small">
          {problems.map((problem) => (
            <li key={setupProblemKey(problem)}>{setupProblemText(problem)}</li>
          ))}
        </ul>
      )}
      {health === 'failing' && connection.consecutiveFailures > 0 && (
        <span className="muted small block">
          {t('list.failuresInARow', { n: connection.consecutiveFailures })}
        </span>
      )}
      {connection.disabledReason && !connection.enabled && (
        <span className="text-bad small block">
          {t('list.switchedOff', { reason: disabledReasonText(connection.disabledReason) })}
        </span>
      )}
    </div>
  );
}
