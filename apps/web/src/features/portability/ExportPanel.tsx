import type { ConnectionDto } from '@fluxo/contracts';
import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { t } from '@/app/i18n/t';
import { InlineError } from '@/app/ui/states';
import { useExportConnections } from './portability.api';

/** The connections list's "Export": which connections go into the file (all, to start with). */
export function ExportPanel({
  connections,
  onClose,
}: {
  connections: ConnectionDto[];
  onClose: () => void;
}) {
  const exportConnections = useExportConnections();
  const [chosen, setChosen] = useState(() => new Set(connections.map((c) => c.id)));
  const id = useId();
  const all = chosen.size === connections.length;
  const toggle = (connectionId: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (!next.delete(connectionId)) next.add(connectionId);
      return next;
    });

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('portability.exportTitle')}</h2>
      <p className="muted">{t('portability.exportIntro')}</p>
      <fieldset className="stack">
        <legend className="visually-hidden">{t('portability.exportWhich')}</legend>
        <label className="field field--check">
          <input
            type="checkbox"
            checked={all}
            onChange={() => setChosen(all ? new Set() : new Set(connections.map((c) => c.id)))}
          />
          {t('portability.exportAll', { n: connections.length })}
        </label>
        {connections.map((connection) => (
          <label key={connection.id} className="field field--check">
            <input
              type="checkbox"
              checked={chosen.has(connection.id)}
              onChange={() => toggle(connection.id)}
            />
            {connection.name}
          </label>
        ))}
      </fieldset>
      <InlineError error={exportConnections.error} />
      {exportConnections.isSuccess && (
        <p className="notice notice--ok" role="status">
          {t('portability.exported', { n: exportConnections.data.connections.length })}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="btn btn--primary"
          disabled={chosen.size === 0 || exportConnections.isPending}
          onClick={() => exportConnections.mutate(all ? [] : [...chosen])}
        >
          {exportConnections.isPending
            ? t('common.pleaseWait')
            : t('portability.download', { n: chosen.size })}
        </button>
        <Link to="/import" className="btn">
          {t('portability.importLink')}
        </Link>
        <button type="button" className="btn btn--ghost" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}
