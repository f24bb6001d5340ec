import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useId } from 'react';
import { useNavigate } from 'react-router-dom';
import { t } from '@/app/i18n/t';
import { ConnectorLogo } from '@/features/connectors/components/ConnectorLogo';
import type { ConnectionNode } from '../map-graph';

const HEALTH_TONE = { ready: 'ok', 'needs-setup': 'warn', failing: 'bad' } as const;

const HEALTH_BADGE = {
  ready: 'list.healthReady',
  'needs-setup': 'list.healthNeedsSetup',
  failing: 'list.healthFailing',
} as const;

const HEALTH_WORD = {
  ready: 'map.healthReady',
  'needs-setup': 'map.healthNeedsSetup',
  failing: 'map.healthFailing',
} as const;

function ConnectionMapNodeComponent({ data }: NodeProps<ConnectionNode>) {
  const navigate = useNavigate();
  const detailsId = useId();
  const health = t(HEALTH_WORD[data.health]);
  const name = data.afterName
    ? t('map.nodeNameAfter', { name: data.name, health, after: data.afterName })
    : t('map.nodeName', { name: data.name, health });

  return (
    <div className={`map-node${data.enabled ? '' : ' map-node--off'}`}>
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <button
        type="button"
        className="map-node__button nodrag"
        aria-label={name}
        aria-describedby={detailsId}
        onClick={() => navigate(`/connections/${encodeURIComponent(data.connectionId)}`)}
      >
        <span className="map-node__main">
          <ConnectorLogo svg={data.logoSvg} size={32} />
          <span className="map-node__name">{data.name}</span>
        </span>
        <span className="map-node__badges">
          <span className={`badge badge--${HEALTH_TONE[data.health]}`}>
            {t(HEALTH_BADGE[data.health])}
          </span>
          <span className={`badge ${data.enabled ? 'badge--busy' : 'map-node__off'}`}>
            {data.enabled ? t('map.on') : t('map.off')}
          </span>
        </span>
        <span id={detailsId} className="map-node__trigger">
          <span className="visually-hidden">{data.enabled ? t('map.on') : t('map.off')}. </span>
          {data.triggerText}
        </span>
      </button>
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </div>
  );
}

export const ConnectionMapNode = memo(ConnectionMapNodeComponent);
