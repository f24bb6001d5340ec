import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import type { AppConfig } from '../../config/app-config';
import { NotificationService, type ConnectionSwitchedOffNotice } from './notifications.service';

/** The one DataSource method the service calls. */
type Query = (sql: string, parameters?: unknown[]) => Promise<unknown>;

describe(NotificationService.name, () => {
  const notice: ConnectionSwitchedOffNotice = {
    connectionId: '0b5f4d3e-1c1a-4a59-9d53-4a2f3f4b9a01',
    workspaceId: '6a8e3c2b-7d4f-4e1a-8b9c-0d1e2f3a4b5c',
    connectionName: 'Orders to CRM',
    reason: 'Switched off after 10 failed runs in a row',
  };

  function setup(smtpUrl: string | null, query: Query) {
    const config = { smtpUrl, smtpFrom: 'Fluxo <fluxo@localhost>', publicUrl: null } as AppConfig;
    const dataSource = { query } as unknown as DataSource;
    return new NotificationService(config, dataSource);
  }

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('should log a warning and look nobody up when no instance SMTP is configured', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const query = jest.fn<Query>();
    const sut = setup(null, query);

    await expect(sut.connectionSwitchedOff(notice)).resolves.toBeUndefined();

    expect(query).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('FLUXO_SMTP_URL is not set'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(notice.connectionId));
  });

  it('should log an error and not throw when the owners cannot be looked up', async () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const sut = setup(
      'smtp://127.0.0.1:1',
      jest.fn<Query>().mockRejectedValue(new Error('db is gone')),
    );

    await expect(sut.connectionSwitchedOff(notice)).resolves.toBeUndefined();

    expect(error).toHaveBeenCalledWith(expect.stringContaining('db is gone'));
  });

  it('should log an error and not throw when the SMTP server cannot be reached', async () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const owners = [{ email: 'owner@example.com', workspace_name: 'Shop' }];
    // Port 1 on loopback refuses at once: no server listens there.
    const sut = setup('smtp://127.0.0.1:1', jest.fn<Query>().mockResolvedValue(owners));

    await expect(sut.connectionSwitchedOff(notice)).resolves.toBeUndefined();

    expect(error).toHaveBeenCalledWith(expect.stringContaining(notice.connectionId));
    sut.onApplicationShutdown();
  });
});
