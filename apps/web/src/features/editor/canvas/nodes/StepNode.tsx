import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { t } from '@/app/i18n/t';
import { ConnectorLogo } from '@/features/connectors/components/ConnectorLogo';
import { AUTO_UPDATE_PANEL_ID, useEditorActions } from '@/features/editor/store/editor-store';
import type { StepNode as StepNodeType } from '../derive-graph';

function StepNodeComponent({ id, data, selected }: NodeProps<StepNodeType>) {
  const { select } = useEditorActions();
  const isSource = data.role === 'source';
  const roleLabel = isSource ? t('canvas.source') : t('canvas.receiver');
  const name =
    data.connectorName ?? (isSource ? t('canvas.chooseSource') : t('canvas.chooseReceiver'));

  return (
    <div
      className={[
        'flow-node',
        `flow-node--${data.role}`,
        selected ? 'flow-node--selected' : '',
        data.stepId ? '' : 'flow-node--empty',
      ].join(' ')}
    >
      {!isSource && <Handle type="target" position={Position.Top} isConnectable={false} />}
      <button
        type="button"
        className="flow-node__button nodrag"
        onClick={() => select(id)}
        aria-label={`${roleLabel}: ${name}`}
        aria-pressed={selected}
      >
        <span className="flow-node__role">{roleLabel}</span>
        <span className="flow-node__main">
          <ConnectorLogo svg={data.logoSvg} size={32} />
          <span className="flow-node__text">
            <span className="flow-node__name">{name}</span>
            {data.actionName && <span className="flow-node__action">{data.actionName}</span>}
          </span>
        </span>
        <span className={`flow-node__status flow-node__status--${data.complete ? 'ok' : 'todo'}`}>
          {data.complete ? t('canvas.ready') : t('canvas.needsSetup')}
        </span>
      </button>
      {data.checklist && data.checklist.length > 0 && (
        <ul className="flow-node__checklist" aria-label={t('checklist.label', { step: name })}>
          {data.checklist.map((item) => (
            <li key={item.key} className={`flow-node__check flow-node__check--${item.state}`}>
              <span aria-hidden="true" className="flow-node__check-icon">
                {item.state === 'done' ? '✓' : item.state === 'problem' ? '!' : '○'}
              </span>
              <span className="visually-hidden">{t(`checklist.${item.state}`)}: </span>
              {item.label}
            </li>
          ))}
        </ul>
      )}
      {isSource && data.autoUpdate && (
        <button
          type="button"
          className="flow-node__auto-update nodrag"
          onClick={() => select(AUTO_UPDATE_PANEL_ID)}
        >
          {t('autoUpdate.nodeButton', { summary: data.autoUpdate })}
        </button>
      )}
      {isSource && <Handle type="source" position={Position.Bottom} isConnectable={false} />}
    </div>
  );
}

export const StepNode = memo(StepNodeComponent);
