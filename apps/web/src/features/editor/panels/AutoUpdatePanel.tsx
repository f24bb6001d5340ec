import type { ConnectionDto, ConnectorManifest } from '@fluxo/contracts';
import { InstantExplanation } from './InstantExplanation';
import { ScheduleForm } from './ScheduleForm';
import { SwitchOnStep } from './SwitchOnStep';
import { sourceKindOf } from './trigger-form';
import './auto-update.css';

interface AutoUpdatePanelProps {
  connection: ConnectionDto;
  connectors: ConnectorManifest[];
}

export function AutoUpdatePanel({ connection, connectors }: AutoUpdatePanelProps) {
  const kind = sourceKindOf(connection, connectors);
  return (
    <>
      {kind === 'instant' ? (
        <InstantExplanation connection={connection} />
      ) : (
        <ScheduleForm connection={connection} polled={kind === 'polling'} />
      )}
      <SwitchOnStep connection={connection} />
    </>
  );
}
