import { testContext, testNetwork } from '@fluxo/connector-sdk';
// Connector specs run against the sandboxes (STYLE.md).
import { PortmoneSandbox } from '@fluxo/sandboxes';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { checkPortmoneAccount } from './auth';
import { portmoneDay } from './client';

const payee = { payeeId: '1185', login: 'shop_wdsh', password: 'p4ss' };

describe(checkPortmoneAccount.name, () => {
  const sut = checkPortmoneAccount;
  let portmone: PortmoneSandbox;

  beforeAll(async () => {
    portmone = await PortmoneSandbox.start();
  });
  afterAll(() => portmone.stop());
  beforeEach(() => {
    portmone.reset();
    portmone.seedPayee(payee);
  });

  it('should connect and ask for today only when the credentials are right', async () => {
    const result = await sut({ ...payee, apiBaseUrl: portmone.url }, testContext());

    const today = portmoneDay(new Date());
    expect(result).toEqual({ ok: true, message: 'Connected to Portmone as payee 1185' });
    expect(portmone.gatewayCalls()).toEqual([
      {
        method: 'result',
        params: { data: { ...payee, startDate: today, endDate: today } },
        id: '1',
      },
    ]);
  });

  it('should say the login or password is wrong when Portmone refuses them', async () => {
    const result = await sut(
      { ...payee, password: 'nope', apiBaseUrl: portmone.url },
      testContext(),
    );

    expect(result).toEqual({
      ok: false,
      message:
        'Portmone did not accept the login or password. Check them in the Portmone account. ' +
        '(Portmone error 3: "Invalid login or password")',
    });
  });

  it('should say the payee ID is unknown when Portmone does not know it', async () => {
    const result = await sut({ ...payee, payeeId: '4', apiBaseUrl: portmone.url }, testContext());

    expect(result.ok).toBe(false);
    expect(result.message).toContain('Portmone does not know this payee (merchant) ID.');
  });

  it('should explain a server error when Portmone answers HTTP 500', async () => {
    portmone.setFault({ status: 500 });

    const result = await sut({ ...payee, apiBaseUrl: portmone.url }, testContext());

    expect(result).toEqual({
      ok: false,
      message: `Portmone answered HTTP 500 at ${portmone.gatewayUrl}.`,
    });
  });

  it('should not call Portmone when a required field is empty', async () => {
    const result = await sut(
      { payeeId: '1185', login: 'shop_wdsh', apiBaseUrl: portmone.url },
      testContext(),
    );

    expect(result).toEqual({ ok: false, message: 'Enter the payee ID, login and password' });
    expect(portmone.requests()).toEqual([]);
  });

  it("should default to Portmone's real gateway when no API address is set", async () => {
    const network = testNetwork(['127.0.0.1']);

    const result = await sut(payee, testContext({ network }));

    expect(result.ok).toBe(false);
    expect(network.asked).toEqual(['www.portmone.com.ua']);
  });
});
