import type { DynamicFieldsDeclaration, FieldDefinition } from '@fluxo/contracts';
import type {
  ConnectorContext,
  DeliveryResult,
  InboundRequest,
  InstantSource,
  OptionsLoader,
  PollingSource,
  PollResult,
  ReceiverDefinition,
  SourceItem,
} from './connector';
import {
  type FieldDeclaration,
  type PayloadOf,
  readSettings,
  type SettingsOf,
  type TypedContext,
} from './settings';

type Typed<Fields extends readonly FieldDeclaration[]> = TypedContext<SettingsOf<Fields>>;

/** The calls a source takes at its URL, reading typed settings. */
interface PushDeclaration<Fields extends readonly FieldDeclaration[]> {
  verify?(request: InboundRequest, ctx: Typed<Fields>): void;
  parse(request: InboundRequest, eventId: string, ctx: Typed<Fields>): SourceItem[];
  hydrate?(payload: Record<string, unknown>, ctx: Typed<Fields>): Promise<Record<string, unknown>>;
  secretBodyPaths?: readonly string[];
}

export type InstantSourceDeclaration<Fields extends readonly FieldDeclaration[]> = Omit<
  InstantSource,
  'fields' | 'verify' | 'parse' | 'hydrate' | 'sample' | 'secretBodyPaths' | 'optionLoaders'
> &
  PushDeclaration<Fields> & {
    fields: Fields;
    sample?: Record<string, unknown> | ((settings: SettingsOf<Fields>) => Record<string, unknown>);
  };

export type PollingSourceDeclaration<Fields extends readonly FieldDeclaration[]> = Omit<
  PollingSource,
  'fields' | 'poll' | 'push' | 'optionLoaders'
> & {
  fields: Fields;
  push?: PushDeclaration<Fields>;
  poll(ctx: Typed<Fields>, cursor: unknown): Promise<PollResult>;
};

export type ReceiverDeclaration<Fields extends readonly FieldDeclaration[]> = Omit<
  ReceiverDefinition,
  'fields' | 'deliver' | 'dynamicFields' | 'optionLoaders'
> & {
  fields: Fields;
  /** Mappable fields listed from the account; `loadOptions` lists them. */
  dynamicFields?: Omit<DynamicFieldsDeclaration, 'optionsLoader'> & { loadOptions: OptionsLoader };
  /** Every declared field is there, as rendered text ('' when not mapped). */
  deliver(payload: PayloadOf<Fields>, ctx: ConnectorContext): Promise<DeliveryResult>;
};

/**
 * Declares a source from its fields: its functions read `ctx.settings` typed and already read
 * (see readSettings), and each dynamic-select's `loadOptions` is served under the field's key.
 */
export function defineSource<const Fields extends readonly FieldDeclaration[]>(
  source: InstantSourceDeclaration<Fields>,
): InstantSource;
export function defineSource<const Fields extends readonly FieldDeclaration[]>(
  source: PollingSourceDeclaration<Fields>,
): PollingSource;
export function defineSource<const Fields extends readonly FieldDeclaration[]>(
  source: InstantSourceDeclaration<Fields> | PollingSourceDeclaration<Fields>,
): InstantSource | PollingSource {
  const typed = <C extends ConnectorContext>(ctx: C): Typed<Fields> => ({
    ...ctx,
    settings: readSettings(source.fields, ctx.settings),
  });
  const { fields, optionLoaders } = wireFields(source.fields);
  if (source.kind === 'polling') {
    const { push, poll, ...rest } = source;
    return {
      ...rest,
      fields,
      optionLoaders,
      poll: (ctx, cursor) => poll(typed(ctx), cursor),
      ...(push ? { push: typedPush(push, typed) } : {}),
    };
  }
  const { verify, parse, hydrate, sample, secretBodyPaths, ...rest } = source;
  return {
    ...rest,
    ...typedPush({ verify, parse, hydrate, secretBodyPaths }, typed),
    fields,
    optionLoaders,
    ...(sample === undefined
      ? {}
      : {
          sample:
            typeof sample === 'function'
              ? (settings) => sample(readSettings(source.fields, settings))
              : sample,
        }),
  };
}

/**
 * Declares a receiver from its fields: `deliver` gets every declared field as text, and the
 * loaders of its dynamic-selects and dynamic fields are served by reference.
 */
export function defineReceiver<const Fields extends readonly FieldDeclaration[]>(
  receiver: ReceiverDeclaration<Fields>,
): ReceiverDefinition {
  const { deliver, dynamicFields, ...rest } = receiver;
  const { fields, optionLoaders } = wireFields(receiver.fields);
  let listed: DynamicFieldsDeclaration | undefined;
  if (dynamicFields) {
    const { loadOptions, ...declaration } = dynamicFields;
    const name = `${receiver.key}-fields`;
    addLoader(optionLoaders, name, loadOptions);
    listed = { ...declaration, optionsLoader: name };
  }
  return {
    ...rest,
    fields,
    optionLoaders,
    ...(listed ? { dynamicFields: listed } : {}),
    deliver: (payload, ctx) => deliver(withEveryField(receiver.fields, payload), ctx),
  };
}

/** Adds `loader` under `name`; one name never serves two different loaders. */
export function addLoader(
  loaders: Record<string, OptionsLoader>,
  name: string,
  loader: OptionsLoader,
  owner = 'A step',
): void {
  const existing = loaders[name];
  if (existing && existing !== loader) {
    throw new Error(`${owner} declares two different option loaders named "${name}"`);
  }
  loaders[name] = loader;
}

function wireFields(declared: readonly FieldDeclaration[]): {
  fields: FieldDefinition[];
  optionLoaders: Record<string, OptionsLoader>;
} {
  const optionLoaders: Record<string, OptionsLoader> = {};
  const fields = declared.map((field): FieldDefinition => {
    if (field.type !== 'dynamic-select') return field;
    const { loadOptions, ...wire } = field;
    addLoader(optionLoaders, field.key, loadOptions);
    return { ...wire, optionsLoader: field.key };
  });
  return { fields, optionLoaders };
}

function typedPush<Fields extends readonly FieldDeclaration[]>(
  push: PushDeclaration<Fields>,
  typed: (ctx: ConnectorContext) => Typed<Fields>,
): Pick<InstantSource, 'verify' | 'parse' | 'hydrate' | 'secretBodyPaths'> {
  const { verify, parse, hydrate, secretBodyPaths } = push;
  return {
    parse: (request, eventId, ctx) => parse(request, eventId, typed(ctx)),
    ...(verify ? { verify: (request, ctx) => verify(request, typed(ctx)) } : {}),
    ...(hydrate ? { hydrate: (payload, ctx) => hydrate(payload, typed(ctx)) } : {}),
    ...(secretBodyPaths ? { secretBodyPaths } : {}),
  };
}

function withEveryField<Fields extends readonly FieldDeclaration[]>(
  fields: Fields,
  payload: Record<string, unknown>,
): PayloadOf<Fields> {
  const complete: Record<string, unknown> = { ...payload };
  for (const field of fields) {
    // The host renders every mapped field to text; a field it left out is empty.
    complete[field.key] ??= '';
  }
  return complete as PayloadOf<Fields>;
}
