import { userInfo } from 'node:os';
import { EventLogError } from '@kmip/event-log';
import { KeyWrappingError } from '@kmip/key-wrapping';
import { PkiError } from '@kmip/pki';
import { DataDirBusyError, TenantAdministrationError } from '@kmip/service-embedded';
import { CommandFlags, parseArguments } from './cli/parse-arguments';
import { USAGE } from './cli/usage';
import { UsageError } from './cli/usage-error';
import { clientAllow } from './commands/client-allow.command';
import { clientIssue } from './commands/client-issue.command';
import { clientRemove } from './commands/client-remove.command';
import { clientSignCsr } from './commands/client-sign-csr.command';
import type { Command } from './commands/command';
import { tenantCreate } from './commands/tenant-create.command';
import { openDeployment } from './deployment/open-deployment';

const COMMANDS: Readonly<Record<string, Command>> = {
  'tenant create': tenantCreate,
  'client allow': clientAllow,
  'client remove': clientRemove,
  'client issue': clientIssue,
  'client sign-csr': clientSignCsr,
};

export interface KmipctlOutput {
  out(line: string): void;
  err(line: string): void;
}

/** Exit codes: 0 done, 1 refused or failed, 2 bad command line. */
export async function runKmipctl(argv: readonly string[], env: NodeJS.ProcessEnv, io: KmipctlOutput): Promise<number> {
  let run;
  let flags: CommandFlags;
  try {
    const parsed = parseArguments(argv);
    if (parsed.switches.has('help') || parsed.words.length === 0) {
      io.out(USAGE);
      return parsed.words.length === 0 && !parsed.switches.has('help') ? 2 : 0;
    }
    const name = parsed.words.slice(0, 2).join(' ');
    const command = COMMANDS[name];
    if (command === undefined) throw new UsageError(`unknown command "${name}" (see kmipctl --help)`);
    const operands = parsed.words.slice(2);
    if (operands.length !== command.operands) {
      throw new UsageError(
        command.operands === 0 ? `${name} takes no word after it` : `${name} takes ${command.operands} name`,
      );
    }
    flags = new CommandFlags(parsed, command.flags);
    run = await command.prepare(flags, operands);
  } catch (error) {
    io.err(`kmipctl: ${message(error)}`);
    return error instanceof UsageError ? 2 : 1;
  }
  try {
    const deployment = await openDeployment(flags, env, operatorName());
    try {
      for (const line of await run(deployment)) io.out(line);
    } finally {
      await deployment.close();
    }
    return 0;
  } catch (error) {
    io.err(`kmipctl: ${message(error)}`);
    return error instanceof UsageError ? 2 : 1;
  }
}

function operatorName(): string {
  try {
    return `kmipctl (${userInfo().username})`;
  } catch {
    return 'kmipctl';
  }
}

/** One readable line. Our own errors say what they mean; others are named by their class and code. */
function message(error: unknown): string {
  if (error instanceof TenantAdministrationError) return `${error.reason}: ${error.message}`;
  if (
    error instanceof UsageError ||
    error instanceof DataDirBusyError ||
    error instanceof PkiError ||
    error instanceof EventLogError ||
    error instanceof KeyWrappingError
  ) {
    return error.message;
  }
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return `${error.message.split('\n')[0]}${code !== undefined && !error.message.includes(code) ? ` (${code})` : ''}`;
  }
  return String(error);
}
