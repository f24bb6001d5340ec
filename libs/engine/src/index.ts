export { renderMapping, renderFieldTemplates } from './mapping/render-mapping';
export type { RenderedMapping, FieldTemplate } from './mapping/render-mapping';
export { validatePayload, splitEmailList } from './mapping/validate-payload';
export { prepareDelivery } from './mapping/prepare-delivery';
export type { PreparedDelivery } from './mapping/prepare-delivery';
export { DEFAULT_MAPPING_LIMITS } from './mapping/mapping-limits';
export type { MappingLimits } from './mapping/mapping-limits';
export { listVariables, MAX_VARIABLES, MAX_VARIABLE_DEPTH } from './variables/list-variables';
export { DEFAULT_RETRY_POLICY, nextAttemptDelayMs } from './retry/retry-policy';
export type { RetryPolicy } from './retry/retry-policy';
export { capJson } from './payload/truncate-payload';
export type { TruncatedJson } from './payload/truncate-payload';
export { isPublicAddress } from './network/address-policy';
export { ALLOWED_INTERVAL_MINUTES, isAllowedInterval } from './schedule/allowed-intervals';
export type { AllowedIntervalMinutes } from './schedule/allowed-intervals';
export { firstRunAt, nextRunAfter, FIRST_RUN_LEAD_MINUTES } from './schedule/next-run';
export { nextScheduleOccurrence, parseTimeOfDay } from './schedule/schedule-occurrences';
export type { ScheduleTrigger } from './schedule/schedule-occurrences';
export { validateTrigger, INTERVAL_CHOICES_MESSAGE } from './schedule/validate-trigger';
export { findChainCycle } from './chain/find-chain-cycle';
export type { ProposedLink } from './chain/find-chain-cycle';
export { describeCycle } from './chain/describe-cycle';
export { MicroBatcher } from './batching/micro-batcher';
export type { BatchRunner, MicroBatcherOptions } from './batching/micro-batcher';
export { sendTimeOf } from './delay/send-time';
export type { SendTime, SendTimeContext } from './delay/send-time';
export { cancelKeyOf, itemMayCancel } from './cancellation/cancel-key';
export { diffSnapshots, sameValue } from './versions/connection-snapshot';
export {
  accountReferencesOf,
  buildExportDocument,
  importedCancelWhen,
  importedTrigger,
  jsonDepth,
  readExportDocument,
} from './portability/export-document';
export type { ExportSource, ImportProblem } from './portability/export-document';
