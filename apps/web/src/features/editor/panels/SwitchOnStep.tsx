import type { ConnectionDto } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';
import { InlineError } from '@/app/ui/states';
import {
  setupProblemKey,
  setupProblemText,
} from '@/features/connections/components/setup-problem-text';
import { useSetupProblems } from '@/features/connections/hooks/use-setup-problems';
import { useSaveConnection } from '../api/editor-saves';
import { useEditorActions } from '../store/editor-store';
import { PanelSection } from './PanelSection';

/**
 * The guided set-up's last step, as in ApiX-Drive: a new connection starts off, and is switched
 * on here once nothing is missing — until then the step lists what is.
 */
export function SwitchOnStep({ connection }: { connection: ConnectionDto }) {
  const save = useSaveConnection(connection.id);
  const { askAboutHeld } = useEditorActions();
  const problems = useSetupProblems(connection);
  const held = connection.lastInbound?.held ?? 0;

  let body;
  if (connection.enabled) {
    body = <p role="status">{t('switchOn.isOn')}</p>;
  } else if (problems.length) {
    body = (
      <>
        <p>{t('switchOn.finishFirst')}</p>
        <ul>
          {problems.map((problem) => (
            <li key={setupProblemKey(problem)}>{setupProblemText(problem)}</li>
          ))}
        </ul>
      </>
    );
  } else {
    body = (
      <>
        <p>{t('switchOn.ready')}</p>
        <button
          type="button"
          className="btn btn--primary"
          disabled={save.isPending}
          onClick={() => {
            // Calls are waiting: the user first chooses what becomes of them (see HeldCalls).
            if (held > 0) askAboutHeld(true);
            else save.mutate({ id: connection.id, enabled: true });
          }}
        >
          {t('switchOn.button')}
        </button>
        <InlineError error={save.error} />
      </>
    );
  }

  return (
    <div className="panel-body">
      <PanelSection title={t('switchOn.title')}>{body}</PanelSection>
    </div>
  );
}
