import type { ConnectionDto, ConnectorManifest } from '@fluxo/contracts';
import { Link } from 'react-router-dom';
import { t } from '@/app/i18n/t';
import { outcomeErrorText } from '@/app/outcome-errors';
import { sourceConnectorOf } from '@/features/connectors/api/connectors.api';
import { connectorMessageText } from '@/features/connectors/connector-messages';
import { storeChecklist, type ChecklistLine } from '../store-checklist';

/** What a line says: green, its check; red, what to do about it. */
function lineText(line: ChecklistLine, source: ConnectorManifest | undefined): string {
  if (line.ok) return t(`storeCheck.${line.check}`);
  switch (line.check) {
    case 'on':
      return t('storeCheck.todo.switchOn');
    case 'setUp':
      return t('storeCheck.todo.setUp');
    case 'event':
      return line.todo === 'refused'
        ? t('storeCheck.todo.refused', {
            reason: outcomeErrorText(connectorMessageText(source, line.reason ?? '')),
          })
        : t(`storeCheck.todo.${line.todo}`);
    case 'poll':
      return t(`storeCheck.todo.${line.todo}`);
    case 'delivery':
      return t('storeCheck.todo.deliveryFailed');
  }
}

/**
 * Every connection of the store with its checklist: "all green means it works", as the
 * PagHiper and PayT articles say; each red line says what to do.
 */
export function StoreChecklist({
  connections,
  connectors,
}: {
  connections: readonly ConnectionDto[];
  connectors: ConnectorManifest[];
}) {
  if (connections.length === 0) return null;
  return (
    <section className="store-checklist" aria-labelledby="store-checklist-title">
      <h2 id="store-checklist-title">{t('storeCheck.title')}</h2>
      <ul className="store-checklist__connections">
        {connections.map((connection) => {
          const lines = storeChecklist(connection, connectors);
          const green = lines.every((line) => line.ok);
          const source = sourceConnectorOf(connection, connectors);
          return (
            <li key={connection.id} className="card">
              <h3 className="store-checklist__name">
                <Link to={`/connections/${connection.id}`}>{connection.name}</Link>{' '}
                <span className={`badge badge--${green ? 'ok' : 'bad'}`}>
                  {green ? t('storeCheck.allGreen') : t('storeCheck.needsAttention')}
                </span>
              </h3>
              <ul className="store-checklist__lines">
                {lines.map((line) => (
                  <li key={line.check} className={line.ok ? 'text-ok' : 'text-bad'}>
                    <span aria-hidden="true">{line.ok ? '✓ ' : '✗ '}</span>
                    <span className="visually-hidden">
                      {line.ok ? t('checklist.done') : t('checklist.problem')}:{' '}
                    </span>
                    {lineText(line, source)}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
