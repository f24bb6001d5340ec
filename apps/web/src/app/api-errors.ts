import { getFormatLocale, isMessageKey, t, type MessageKey } from './i18n/t';

/**
 * The API answers `{ code, message, details? }` with an English message. The common codes are
 * said here in the user's language; names the message carries (connections, systems) are parsed
 * out and kept. Anything not recognised exactly keeps the API's own words.
 */
type Localizer = (message: string) => string | null;

const fixed =
  (key: MessageKey): Localizer =>
  () =>
    t(key);

/** Only the exact English texts the API is known to send; any other keeps the API's words. */
const exact =
  (texts: Record<string, MessageKey>): Localizer =>
  (message) => {
    const key = texts[message];
    return key ? t(key) : null;
  };

/** Runs `pattern` on the message; `render` builds the translation from the captured parts. */
const parsed =
  (pattern: RegExp, render: (...parts: string[]) => string): Localizer =>
  (message) => {
    const match = pattern.exec(message);
    return match ? render(...match.slice(1)) : null;
  };

function quoted(name: string): string {
  return t('errors.quoted', { name });
}

/** `"A", "B"` as the API writes a list of names → the names, or null when it is not that. */
function quotedNames(text: string, separator: string): string[] | null {
  if (!text.startsWith('"') || !text.endsWith('"')) return null;
  return text.slice(1, -1).split(`"${separator}"`);
}

function listOf(names: string[]): string {
  const items = names.map(quoted);
  try {
    return new Intl.ListFormat(getFormatLocale(), { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

const NOT_FOUND: Record<string, MessageKey> = {
  'The connection': 'errors.notFoundConnection',
  'The connection to run after': 'errors.notFoundAfterConnection',
  'The step': 'errors.notFoundStep',
  'The run': 'errors.notFoundRun',
  'The delivery': 'errors.notFoundDelivery',
  'The account': 'errors.notFoundAccount',
  'The template': 'errors.notFoundTemplate',
  'The invitation': 'errors.notFoundInvitation',
  'The member': 'errors.notFoundMember',
  'The workspace': 'errors.notFoundWorkspace',
};

const BY_CODE: Record<string, Localizer> = {
  NOT_FOUND: (message) => {
    const what = /^(.+) was not found$/.exec(message)?.[1];
    return t((what && NOT_FOUND[what]) || 'errors.notFound');
  },
  VALIDATION_FAILED: exact({
    'Some fields are not valid, see details': 'errors.validationFailed',
    'The auto-update settings are not valid': 'errors.triggerInvalid',
    'Fill in the required account fields': 'errors.accountFieldsMissing',
    'The password cannot be only spaces': 'errors.passwordBlank',
    'This password is one of the most common ones; choose one that is harder to guess':
      'errors.passwordCommon',
    'The current password is not right': 'errors.currentPasswordWrong',
  }),
  ACCOUNT_IN_USE: parsed(
    /^This account is used by (.+); change those connections first$/,
    (names) => {
      const list = quotedNames(names, ', ');
      return list ? t('errors.accountInUse', { names: listOf(list) }) : '';
    },
  ),
  ACCOUNT_NOT_NEEDED: parsed(/^(.+) needs no account$/, (system) =>
    t('errors.accountNotNeeded', { system }),
  ),
  WRONG_ACCOUNT: parsed(/^This is not a (.+) account$/, (system) =>
    t('errors.wrongAccount', { system }),
  ),
  STEP_NOT_READY: (message) =>
    exact({
      'This source sends data as it arrives; it runs instantly and cannot be scheduled':
        'errors.sourceIsInstant',
      'This source must be checked on a schedule; choose an interval or times of day':
        'errors.sourceNeedsSchedule',
      'Only receivers get test data': 'errors.onlyReceiversTest',
    })(message) ??
    parsed(/^The account "(.+)" belongs to another system$/, (name) =>
      t('errors.accountOtherSystem', { name: quoted(name) }),
    )(message) ??
    parsed(/^Choose a (.+) account for this step first$/, (system) =>
      t('errors.chooseAccountFirst', { system }),
    )(message) ??
    // The reason is the vendor's own words; only the frame is ours.
    parsed(/^Could not read the source: ([\s\S]+)$/, (reason) =>
      t('errors.sourceReadFailed', { reason }),
    )(message),
  CONNECTION_OFF: fixed('errors.connectionOff'),
  NO_SAMPLE_YET: fixed('errors.noSampleYet'),
  NO_SOURCE: fixed('setup.sourceMissing'),
  SETUP_INCOMPLETE: fixed('errors.setupIncomplete'),
  UNKNOWN_CONNECTOR: parsed(/^There is no (?:system|source|action|list) "([^"]+)"/, (name) =>
    t('errors.unknownConnector', { name: quoted(name) }),
  ),
  CHAIN_LOOP: parsed(/^Connection (.+) would run in a loop$/, (chain) => {
    const names = quotedNames(chain, ' → ');
    return names ? t('errors.chainLoop', { chain: names.map(quoted).join(' → ') }) : '';
  }),
  NOT_RETRYABLE: parsed(/^This delivery is (\w+); only failed ones can be retried$/, (status) => {
    const key = `status.${status}`;
    return t('errors.notRetryable', { status: isMessageKey(key) ? t(key) : status });
  }),
  INVALID_CREDENTIALS: fixed('errors.invalidCredentials'),
  EMAIL_TAKEN: fixed('errors.emailTaken'),
  RESET_LINK_INVALID: fixed('errors.resetLinkInvalid'),
  RESET_LINK_EXPIRED: fixed('errors.resetLinkExpired'),
  RESET_LINK_USED: fixed('errors.resetLinkUsed'),
  ROLE_REFUSED: (message) =>
    t(message.startsWith('Only an owner') ? 'errors.roleRefusedOwner' : 'errors.roleRefusedViewer'),
  LAST_OWNER: fixed('errors.lastOwner'),
  IMPORT_NOT_AN_EXPORT: fixed('errors.importNotAnExport'),
  IMPORT_FORMAT_NEWER: parsed(/\(format (\d+);/, (version) =>
    t('errors.importFormatNewer', { version }),
  ),
  IMPORT_TOO_DEEP: fixed('errors.importTooDeep'),
  IMPORT_INVALID: parsed(/^This export is damaged: ([\s\S]+)$/, (what) =>
    t('errors.importInvalid', { what }),
  ),
  ALREADY_MEMBER: parsed(/^(.+) is already a member/, (email) =>
    t('errors.alreadyMember', { email }),
  ),
  INVITATION_USED: fixed('errors.invitationUsed'),
  INVITATION_EXPIRED: fixed('errors.invitationExpired'),
  INVITATION_REVOKED: fixed('errors.invitationRevoked'),
  INVITATION_NEEDS_LOG_IN: parsed(/^(.+) already has a Fluxo account/, (email) =>
    t('errors.invitationNeedsLogIn', { email }),
  ),
  UNAUTHENTICATED: fixed('errors.unauthenticated'),
  TOO_MANY_ATTEMPTS: parsed(/in (\d+) seconds?$/, (n) => t('errors.tooManyAttempts', { n })),
  TOO_MANY_REQUESTS: fixed('errors.tooManyRequests'),
  PAYLOAD_TOO_LARGE: fixed('errors.payloadTooLarge'),
  INTERNAL_ERROR: fixed('errors.internal'),
};

/** The API's error in the user's language, or its own English words when not recognised. */
export function localizeApiError(code: string, message: string): string {
  const localized = BY_CODE[code]?.(message);
  return localized || message;
}
