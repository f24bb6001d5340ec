import { Injectable } from '@nestjs/common';
import {
  parseInboundBody,
  pushHandlerOf,
  type HostedFormDefinition,
  type HostedFormLanguage,
  type HostedPage,
} from '@fluxo/connector-sdk';
import { DomainError } from '../../common/domain-error';
import { ConnectorRegistry } from '../connectors/connector-registry';
import { HooksService, type RawHookCall } from '../hooks/hooks.service';
import type { FormPageState } from './hosted-form-page';
import { HOSTED_FORM_WORDS } from './hosted-form.i18n';

/** What lives behind a /f/ address. */
export type HostedFormLookup =
  | { state: 'missing' }
  | { state: 'closed'; language: HostedFormLanguage }
  | { state: 'open'; form: HostedFormDefinition; page: HostedPage };

/** How a post ended, for the page to show. */
export type HostedFormOutcome =
  | { kind: 'missing' }
  | { kind: 'closed'; language: HostedFormLanguage }
  | { kind: 'sent'; form: HostedFormDefinition }
  | { kind: 'refused'; status: number; form: HostedFormDefinition; page: FormPageState };

// The ingest path says "switched off" or "not a form" when the owner changed it meanwhile.
const CLOSED_CODES = new Set(['CONNECTION_OFF', 'NOT_A_PUSH_SOURCE', 'UNKNOWN_HOOK']);

@Injectable()
export class HostedFormsService {
  constructor(
    private readonly hooks: HooksService,
    private readonly registry: ConnectorRegistry,
  ) {}

  /** The form behind a hook token, by the same lookup the ingest path uses. */
  async find(token: string): Promise<HostedFormLookup> {
    const target = await this.hooks.findTarget(token);
    if (!target) return { state: 'missing' };
    const step = target.source;
    const source = step && this.registry.findSource(step.connectorKey, step.actionKey);
    const page = source ? pushHandlerOf(source)?.hostedPage : undefined;
    if (!step || !page) return { state: 'closed', language: 'en' };
    const form = page.definition(step.settings ?? {});
    return target.enabled
      ? { state: 'open', form, page }
      : { state: 'closed', language: form.language };
  }

  /**
   * Hands the post to the ingest path as it came (stored, parsed by the hosted-form source and
   * queued like any hook call), then says which page the visitor gets.
   */
  async submit(token: string, call: RawHookCall): Promise<HostedFormOutcome> {
    const found = await this.find(token);
    if (found.state === 'missing') return { kind: 'missing' };
    if (found.state === 'closed') return { kind: 'closed', language: found.language };
    const { form, page } = found;
    try {
      // A filled honeypot is acknowledged with no item: the bot gets the same page as people.
      await this.hooks.receive(token, call);
      return { kind: 'sent', form };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (CLOSED_CODES.has(error.code)) return { kind: 'closed', language: form.language };
      return {
        kind: 'refused',
        status: error.statusCode,
        form,
        page: await this.pageAfter(error, form, page, call),
      };
    }
  }

  /** The form again with the visitor's answers and, per question, what to fix. */
  private async pageAfter(
    error: DomainError,
    form: HostedFormDefinition,
    page: HostedPage,
    call: RawHookCall,
  ): Promise<FormPageState> {
    const contentType = String(call.headers['content-type'] ?? '');
    const parsed = await parseInboundBody(contentType, call.body).catch(() => null);
    const checked = page.validate(form, parsed?.body);
    if (checked.ok || error.code !== 'INVALID_SUBMISSION') {
      const entered = checked.ok
        ? Object.fromEntries(
            Object.entries(checked.values).map(([name, value]) => [name, String(value ?? '')]),
          )
        : checked.entered;
      return { entered, formError: HOSTED_FORM_WORDS[form.language].unreadable };
    }
    // The source's own errors when the ingest path passed them on; the same check otherwise.
    const fieldErrors = error.details?.length
      ? Object.fromEntries(error.details.map(({ field, message }) => [field, message]))
      : checked.fieldErrors;
    return { entered: checked.entered, fieldErrors };
  }
}
