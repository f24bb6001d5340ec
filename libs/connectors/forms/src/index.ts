import { defineConnector } from '@fluxo/connector-sdk';
import { hostedFormSource } from './hosted-form.source';
import { formsLogoSvg } from './logo';
import { newSubmissionSource } from './new-submission.source';
import { formsTranslations } from './translations';

export const formsConnector = defineConnector({
  key: 'forms',
  name: 'Web form',
  description: 'Receive submissions from any HTML form, Fluxo hosted form or app that posts JSON.',
  group: 'forms',
  logoSvg: formsLogoSvg,
  auth: null,
  sources: [newSubmissionSource, hostedFormSource],
  receivers: [],
  translations: formsTranslations,
});

export {
  InvalidSubmissionError,
  MAX_ITEMS_PER_SUBMISSION,
  newSubmissionSource,
} from './new-submission.source';
export { hostedFormSource } from './hosted-form.source';
export { hostedFormDefinition, hostedFormQuestions, toVariableName } from './hosted-form.questions';
export {
  HostedFormValidationError,
  normalizePhone,
  parseAmount,
  validateHostedSubmission,
} from './hosted-form.validation';
