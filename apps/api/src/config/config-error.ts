export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Fluxo cannot start, fix the configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}
