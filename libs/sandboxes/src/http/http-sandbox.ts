import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerControlFailure } from './control-error';
import {
  CONTROL_PREFIX,
  type ControlRoute,
  controlRoute,
  serveControlRoutes,
} from './control-routes';
import { CountedFault } from './counted-fault';
import { sendJson } from './json-response';
import type { RecordedRequest } from './recorded-request';
import type { BodyLimit } from './request-body';
import {
  type SandboxServer,
  type SandboxServerOptions,
  startSandboxServer,
} from './sandbox-server';

/**
 * The part every vendor sandbox shares: one HTTP server, the requests its vendor API received,
 * an injected fault, and the control API under /__control/ with the routes every sandbox has
 * (requests, fault, reset) before the vendor's own.
 *
 * `R` is how the sandbox records a vendor call, `F` the fault it can be told to suffer.
 */
export abstract class HttpSandbox<
  R = RecordedRequest,
  F extends { times?: number } = { status: number; times?: number },
> {
  private listening?: SandboxServer;
  protected readonly received: R[] = [];
  protected readonly fault = new CountedFault<F>();
  /** What a control call's body may weigh. */
  protected readonly controlBodyLimit: BodyLimit = {};

  /** e.g. http://127.0.0.1:41234 */
  get url(): string {
    return this.server.url;
  }

  stop(): Promise<void> {
    return this.server.close();
  }

  /** Every vendor API call received (never control calls), oldest first. */
  requests(): R[] {
    return [...this.received];
  }

  clearRequests(): void {
    this.received.length = 0;
  }

  /** The next vendor calls fail as `fault` says; null heals the sandbox. */
  setFault(fault: F | null): void {
    this.fault.set(fault);
  }

  /** Forgets what the sandbox was told and saw; vendors extend it with their own state. */
  reset(): void {
    this.received.length = 0;
    this.fault.set(null);
  }

  protected get server(): SandboxServer {
    if (!this.listening) throw new Error('The sandbox is not listening yet: use start()');
    return this.listening;
  }

  /** Each sandbox's start() ends here, so none is handed out before its server listens. */
  protected async listen(options: SandboxServerOptions): Promise<this> {
    this.listening = await startSandboxServer(
      options,
      (request, response) => this.handle(request, response),
      (response, error) => this.answerFailure(response, error),
    );
    return this;
  }

  private handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://sandbox');
    if (url.pathname.startsWith(`${CONTROL_PREFIX}/`)) {
      const routes = [...this.sharedControlRoutes(), ...this.controlRoutes()];
      return serveControlRoutes(routes, request, response, url, this.controlBodyLimit);
    }
    return this.serveVendor(request, response, url);
  }

  /**
   * The vendor's own API: everything outside /__control/. Vendors that only call Fluxo (PayT's
   * postbacks, Fygaro's hooks) have none, and keep this 404.
   */
  protected serveVendor(
    _request: IncomingMessage,
    response: ServerResponse,
    url: URL,
  ): Promise<void> {
    sendJson(response, 404, {
      error: `This sandbox has no vendor API, only ${CONTROL_PREFIX}/: ${url.pathname}`,
    });
    return Promise.resolve();
  }

  /** The vendor's control routes; the shared ones are served first. */
  protected controlRoutes(): ControlRoute[] {
    return [];
  }

  /** Reads a POST /fault body; null clears the fault. Vendors with rules on faults override it. */
  protected parseFault(input: Record<string, unknown>): F | null {
    return input['status'] ? (input as unknown as F) : null;
  }

  /** Answers what serveVendor() threw; vendors with their own error envelope override it. */
  protected answerFailure(response: ServerResponse, error: unknown): void {
    answerControlFailure(response, error);
  }

  private sharedControlRoutes(): ControlRoute[] {
    return [
      controlRoute('GET', '/health', () => [200, { ok: true }]),
      controlRoute('GET', '/requests', () => [200, this.requests()]),
      controlRoute('DELETE', '/requests', () => {
        this.clearRequests();
        return [200, { ok: true }];
      }),
      controlRoute('POST', '/fault', async (call) => {
        this.setFault(this.parseFault(await call.json()));
        return [200, { fault: this.fault.state }];
      }),
      controlRoute('DELETE', '/fault', () => {
        this.setFault(null);
        return [200, { fault: null }];
      }),
      controlRoute('POST', '/reset', () => {
        this.reset();
        return [204];
      }),
    ];
  }
}
