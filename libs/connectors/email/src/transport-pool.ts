import { createHash } from 'node:crypto';
import type { Transporter } from 'nodemailer';
import { nodemailer, smtpTransportOptions, type SmtpSettings } from './client';

/** An idle account's connections are closed after this long. */
export const POOL_IDLE_MS = 60_000;

interface PooledTransport {
  transport: Transporter;
  idleTimer: NodeJS.Timeout | null;
}

/**
 * One pooled nodemailer transport per account (host, port, login, password, connect address
 * and how many sessions it may open), so a burst of deliveries reuses open SMTP sessions instead of paying the TCP,
 * greeting and login round trips for every message. Changing any credential makes a new key.
 */
export class SmtpTransportPool {
  private readonly transports = new Map<string, PooledTransport>();

  constructor(private readonly idleMs = POOL_IDLE_MS) {}

  get size(): number {
    return this.transports.size;
  }

  async acquire(settings: SmtpSettings, connectAddress: string): Promise<Transporter> {
    // Nothing awaits after the module is in: two calls for one account get one transport.
    const { createTransport } = await nodemailer();
    const key = poolKey(settings, connectAddress);
    let entry = this.transports.get(key);
    if (!entry) {
      entry = {
        transport: createTransport({
          ...smtpTransportOptions(settings, connectAddress),
          pool: true,
          // The account's own bound: a provider that takes fewer sessions refuses the rest.
          maxConnections: settings.connections,
          maxMessages: 100,
        }),
        idleTimer: null,
      };
      this.transports.set(key, entry);
    }
    this.touch(key, entry);
    return entry.transport;
  }

  /** Drops a transport after an error that may have left its sessions unusable. */
  discard(settings: SmtpSettings, connectAddress: string): void {
    const key = poolKey(settings, connectAddress);
    const entry = this.transports.get(key);
    if (!entry) return;
    this.transports.delete(key);
    if (entry.idleTimer) clearTimeout(entry.idleTimer);
    entry.transport.close();
  }

  closeAll(): void {
    for (const [key, entry] of this.transports) {
      if (entry.idleTimer) clearTimeout(entry.idleTimer);
      entry.transport.close();
      this.transports.delete(key);
    }
  }

  private touch(key: string, entry: PooledTransport): void {
    if (entry.idleTimer) clearTimeout(entry.idleTimer);
    entry.idleTimer = setTimeout(() => {
      this.transports.delete(key);
      entry.transport.close();
    }, this.idleMs);
    // An idle pool must not keep a worker process alive on shutdown.
    entry.idleTimer.unref();
  }
}

function poolKey(settings: SmtpSettings, connectAddress: string): string {
  // The password is part of the identity but must not sit in memory as a readable map key.
  return createHash('sha256')
    .update(
      JSON.stringify([
        settings.host,
        connectAddress,
        settings.port,
        settings.security,
        settings.username,
        settings.password,
        settings.connections,
      ]),
    )
    .digest('hex');
}

/** Shared by every delivery of this process. */
export const smtpTransportPool = new SmtpTransportPool();
