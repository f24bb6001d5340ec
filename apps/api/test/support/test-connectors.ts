import {
  defineConnector,
  PermanentDeliveryError,
  TransientDeliveryError,
  type ConnectorDefinition,
  type SourceItem,
} from '@fluxo/connector-sdk';

/**
 * A feed a test controls: what a polled vendor API would list right now. The connector below
 * reads it through the real SDK contract, so the engine runs exactly as with a real source.
 */
export class FeedSandbox {
  items: SourceItem[] = [];
  polls = 0;
  failWith: string | null = null;

  add(key: string, payload: Record<string, unknown>, occurredAt?: string): void {
    this.items.push({ key, payload, ...(occurredAt ? { occurredAt } : {}) });
  }
}

/** A receiver a test controls: records what it got, or fails the way a vendor would. */
export class InboxSandbox {
  received: Record<string, unknown>[] = [];
  fault: 'none' | 'transient' | 'permanent' = 'none';
}

export function testConnectors(feed: FeedSandbox, inbox: InboxSandbox): ConnectorDefinition[] {
  return [
    defineConnector({
      key: 'test-feed',
      name: 'Test feed',
      description: 'A polled source backed by a test fixture',
      group: 'http',
      logoSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
      auth: null,
      sources: [
        {
          key: 'new-entries',
          name: 'New entries',
          description: 'Every entry of the feed',
          kind: 'polling',
          fields: [],
          defaultIntervalMinutes: 5,
          async poll(_ctx, cursor) {
            feed.polls += 1;
            if (feed.failWith) throw new Error(feed.failWith);
            const previous = (cursor as { polls?: number } | undefined)?.polls ?? 0;
            return { items: feed.items.map((i) => ({ ...i })), cursor: { polls: previous + 1 } };
          },
        },
      ],
      receivers: [],
    }),
    defineConnector({
      key: 'test-inbox',
      name: 'Test inbox',
      description: 'A receiver backed by a test fixture',
      group: 'http',
      logoSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
      auth: null,
      sources: [],
      receivers: [
        {
          key: 'store',
          name: 'Store',
          description: 'Stores the text',
          fields: [{ key: 'text', label: 'Text', type: 'text', required: true }],
          async deliver(payload) {
            if (inbox.fault === 'transient')
              throw new TransientDeliveryError('Inbox is busy (503)');
            if (inbox.fault === 'permanent')
              throw new PermanentDeliveryError('Inbox refused it (400)');
            inbox.received.push(payload);
            return { response: { stored: inbox.received.length } };
          },
        },
      ],
    }),
  ];
}
