import type { SetupProblem } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';

/** One set-up problem the API reports, in the user's language. */
export function setupProblemText(problem: SetupProblem): string {
  switch (problem.code) {
    case 'source.missing':
      return t('setup.sourceMissing');
    case 'receiver.missing':
      return t('setup.receiverMissing');
    case 'account.missing':
      return t('setup.accountMissing', { system: problem.system });
    case 'field.missing':
      return t('setup.fieldMissing', { label: problem.label, system: problem.system });
    case 'fields.oneOf':
      return t('setup.oneOfMissing', {
        labels: problem.labels
          .map((label) => t('setup.quotedLabel', { label }))
          .join(t('setup.oneOfSeparator')),
        system: problem.system,
      });
  }
}

/** A stable key for a list of problems. */
export function setupProblemKey(problem: SetupProblem): string {
  return [
    problem.code,
    'stepId' in problem ? problem.stepId : '',
    'field' in problem ? problem.field : '',
  ].join(':');
}
