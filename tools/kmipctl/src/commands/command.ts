import type { CommandFlags } from '../cli/parse-arguments';
import type { Deployment } from '../deployment/deployment.port';

/** What a command does once the deployment is open; answers the lines to print. */
export type CommandRun = (deployment: Deployment) => Promise<readonly string[]>;

/**
 * One kmipctl command: its flags, and a preparation that checks the arguments and reads the files they name before
 * anything connects to the deployment (bad input fails fast, with one line).
 */
export interface Command {
  readonly flags: readonly string[];
  /** The words after the verb (e.g. the tenant name of `tenant create NAME`). */
  readonly operands: number;
  prepare(flags: CommandFlags, operands: readonly string[]): Promise<CommandRun>;
}
