import type { ConnectorManifest, StepDto } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import {
  DRAFT_RECEIVER_NODE_ID,
  NODE_WIDTH,
  SOURCE_NODE_ID,
  deriveGraph,
  receiverNodeId,
  stepChecklist,
} from './derive-graph';
import {
  connection,
  connectors,
  emailConnector,
  formsConnector,
  receiverStep,
  sourceStep,
} from './__fixtures__/connection.fixture';

describe(deriveGraph.name, () => {
  it('should show an empty source and no receivers when the connection is new', () => {
    const sut = deriveGraph(connection([]), connectors);

    expect(sut.nodes).toHaveLength(1);
    expect(sut.nodes[0]).toMatchObject({
      id: SOURCE_NODE_ID,
      data: { role: 'source', stepId: null, connectorName: null, complete: false },
    });
    expect(sut.edges).toEqual([]);
  });

  it('should name the source after its connector and action when it is set up', () => {
    const sut = deriveGraph(connection([sourceStep]), connectors);

    expect(sut.nodes[0].data).toMatchObject({
      stepId: 'st-source',
      connectorName: 'Web form',
      actionName: 'New submission',
      complete: true,
    });
  });

  it('should put receivers below the source with one edge each when there are several', () => {
    const sut = deriveGraph(
      connection([receiverStep('r2'), sourceStep, receiverStep('r1')]),
      connectors,
    );

    expect(sut.nodes.map((n) => n.id)).toEqual([
      SOURCE_NODE_ID,
      receiverNodeId('r2'),
      receiverNodeId('r1'),
    ]);
    const [source, first, second] = sut.nodes;
    expect(first.position.y).toBeGreaterThan(source.position.y);
    expect(second.position.x - first.position.x).toBeGreaterThanOrEqual(NODE_WIDTH);
    // The row is centred under the source.
    expect((first.position.x + second.position.x) / 2).toBe(source.position.x);
    expect(sut.edges.map((e) => [e.source, e.target])).toEqual([
      [SOURCE_NODE_ID, receiverNodeId('r2')],
      [SOURCE_NODE_ID, receiverNodeId('r1')],
    ]);
  });

  it('should mark a receiver incomplete when a required field is not mapped', () => {
    const sut = deriveGraph(
      connection([
        sourceStep,
        receiverStep('r1', { mapping: { to: '{{ email }}', subject: ' ' } }),
      ]),
      connectors,
    );

    expect(sut.nodes[1].data.complete).toBe(false);
  });

  it('should mark a receiver incomplete when its connector needs an account and has none', () => {
    const sut = deriveGraph(
      connection([sourceStep, receiverStep('r1', { accountId: null })]),
      connectors,
    );

    expect(sut.nodes[1].data.complete).toBe(false);
  });

  it('should add a dashed placeholder receiver when the user is adding one', () => {
    const sut = deriveGraph(connection([sourceStep]), connectors, {
      draftReceiver: true,
      selectedNodeId: DRAFT_RECEIVER_NODE_ID,
    });

    expect(sut.nodes[1]).toMatchObject({
      id: DRAFT_RECEIVER_NODE_ID,
      selected: true,
      data: { stepId: null },
    });
    expect(sut.edges[0]).toMatchObject({
      target: DRAFT_RECEIVER_NODE_ID,
      animated: false,
      className: 'edge-draft',
    });
  });

  it('should animate edges only when the connection is on', () => {
    const off = deriveGraph(
      connection([sourceStep, receiverStep('r1')], { enabled: false }),
      connectors,
    );
    const on = deriveGraph(
      connection([sourceStep, receiverStep('r1')], { enabled: true }),
      connectors,
    );

    expect(off.edges[0].animated).toBe(false);
    expect(on.edges[0].animated).toBe(true);
  });

  it('should fall back to the connector key when the connector is unknown', () => {
    const sut = deriveGraph(connection([{ ...sourceStep, connectorKey: 'gone' }]), connectors);

    expect(sut.nodes[0].data).toMatchObject({
      connectorName: 'gone',
      actionName: null,
      complete: false,
    });
  });
});

const paytConnector: ConnectorManifest = {
  key: 'payt',
  name: 'PayT',
  description: '',
  group: 'payment-gateways',
  logoSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
  auth: { fields: [{ key: 'key', label: 'Key', type: 'password', required: true }] },
  sources: [
    {
      key: 'postback',
      name: 'Postback',
      description: '',
      kind: 'instant',
      fields: [],
      requiresAccount: true,
    },
  ],
  receivers: [],
};
const paytSource: StepDto = { ...sourceStep, connectorKey: 'payt', actionKey: 'postback' };

describe(stepChecklist.name, () => {
  it('should warn that a signed source refuses events while it has no account', () => {
    const sut = stepChecklist(paytSource, paytConnector, { lastInbound: null });

    expect(sut).toEqual([
      expect.objectContaining({ key: 'account', state: 'problem' }),
      expect.objectContaining({ key: 'events', state: 'todo' }),
    ]);
    expect(sut[0].label).toContain('PayT');
    expect(sut[1].label).toBe('Waiting for the first event from PayT');
  });

  it('should report the last call once the vendor called', () => {
    const lastInbound = { at: '2025-01-01T00:00:00.000Z', error: 'Bad key', total: 3, held: 0 };

    expect(
      stepChecklist({ ...paytSource, accountId: 'a1' }, paytConnector, {
        lastInbound: { ...lastInbound, status: 'rejected' },
      }).map((i) => [i.key, i.state]),
    ).toEqual([
      ['account', 'done'],
      ['events', 'problem'],
    ]);
  });

  it('should say nothing about calls when the API does not report them', () => {
    expect(stepChecklist(sourceStep, formsConnector, {})).toEqual([]);
  });

  it('should list the account and the required fields of a receiver', () => {
    const sut = stepChecklist(receiverStep('r1', { mapping: {} }), emailConnector, {});

    expect(sut.map((i) => [i.key, i.state])).toEqual([
      ['account', 'done'],
      ['fields', 'todo'],
    ]);
  });

  it('should move the receivers down to clear the source checklist', () => {
    const plain = deriveGraph(connection([sourceStep, receiverStep('r1')]), connectors);
    const signed = deriveGraph(
      connection([paytSource, receiverStep('r1')], { lastInbound: null }),
      [...connectors, paytConnector],
    );

    expect(signed.nodes[1].position.y).toBeGreaterThan(plain.nodes[1].position.y);
  });
});
