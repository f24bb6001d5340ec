// The HTTP plumbing every vendor sandbox shares; vendor logic stays in each vendor's folder.
export { answerControlFailure, ControlError } from './control-error';
export {
  CONTROL_PREFIX,
  type ControlAnswer,
  type ControlCall,
  type ControlRoute,
  controlRoute,
  serveControlRoutes,
} from './control-routes';
export { CountedFault } from './counted-fault';
export { HttpSandbox } from './http-sandbox';
export { sameSecret } from './same-secret';
export { sendJson } from './json-response';
export { type OutboundAnswer, postOnce, sleep } from './post-once';
export { flatHeaders, queryOf, recordRequest, type RecordedRequest } from './recorded-request';
export {
  type BodyLimit,
  DEFAULT_MAX_BODY_BYTES,
  parseJsonObject,
  readBody,
  readJsonObject,
  postTargetOf,
} from './request-body';
export {
  type FailureAnswer,
  type RequestHandler,
  type SandboxServer,
  type SandboxServerOptions,
  startSandboxServer,
} from './sandbox-server';
