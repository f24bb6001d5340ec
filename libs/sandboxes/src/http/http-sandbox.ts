import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerControlFailure } from './control-error';
import {
  type SandboxServer,
  type SandboxServerOptions,
  startSandboxServer,
} from './sandbox-server';

/** The part every vendor sandbox shares: one HTTP server, its URL and stop(). */
export abstract class HttpSandbox {
  private listening?: SandboxServer;

  /** e.g. http://127.0.0.1:41234 */
  get url(): string {
    return this.server.url;
  }

  stop(): Promise<void> {
    return this.server.close();
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

  protected abstract handle(request: IncomingMessage, response: ServerResponse): Promise<void>;

  /** Answers what handle() threw; vendors with their own error envelope override it. */
  protected answerFailure(response: ServerResponse, error: unknown): void {
    answerControlFailure(response, error);
  }
}
