/** A configuration the service cannot start with. The message names the setting, never a secret's value. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}
