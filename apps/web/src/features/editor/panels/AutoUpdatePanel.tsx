import type { ConnectionDto, ConnectorManifest } from '@fluxo/contracts';
import { InstantExplanation } from './InstantExplanation';
import { ScheduleForm } from './ScheduleForm';
import { sourceKindOf } from './trigger-form';
import './auto-update.css';

interface AutoUpdatePanelProps {
  connection: ConnectionDto;
  connectors: ConnectorManifest[];
}

export function AutoUpdatePanel({ connection, connectors }: AutoUpdatePanelProps) {
  const kind = sourceKindOf(connection, connectors);
  if (kind === 'instant') return <InstantExplanation connection={connection} />;
  return <ScheduleForm connection={connection} polled={kind === 'polling'} />;
}
