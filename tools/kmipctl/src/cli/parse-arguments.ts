import { UsageError } from './usage-error';

export interface ParsedArguments {
  /** Words that are not flags, in order: the command group, the verb, and the verb's operand. */
  readonly words: readonly string[];
  readonly flags: ReadonlyMap<string, string>;
  readonly switches: ReadonlySet<string>;
}

/** Flags that take no value. */
const SWITCHES = new Set(['help', 'pinned']);

/** `--name value`, `--name=value` and the switches; everything else is a word. A flag may be given once. */
export function parseArguments(argv: readonly string[]): ParsedArguments {
  const words: string[] = [];
  const flags = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token === '-h') {
      switches.add('help');
      continue;
    }
    if (!token.startsWith('--')) {
      words.push(token);
      continue;
    }
    const eq = token.indexOf('=');
    const name = token.slice(2, eq < 0 ? undefined : eq);
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new UsageError(`"${token}" is not a flag`);
    if (SWITCHES.has(name)) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      switches.add(name);
      continue;
    }
    const value = eq >= 0 ? token.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
    if (flags.has(name)) throw new UsageError(`--${name} is given twice`);
    flags.set(name, value);
  }
  return { words, flags, switches };
}

/** Reads flags for one command: every flag must be one the command knows. */
export class CommandFlags {
  constructor(
    private readonly parsed: ParsedArguments,
    known: readonly string[],
  ) {
    const allowed = new Set([...known, ...DEPLOYMENT_FLAGS]);
    for (const name of parsed.flags.keys()) {
      if (!allowed.has(name)) throw new UsageError(`unknown flag --${name} (see kmipctl --help)`);
    }
    for (const name of parsed.switches) {
      if (name !== 'help' && !allowed.has(name)) throw new UsageError(`unknown flag --${name} (see kmipctl --help)`);
    }
  }

  optional(name: string): string | undefined {
    return this.parsed.flags.get(name);
  }

  required(name: string): string {
    const value = this.parsed.flags.get(name);
    if (value === undefined || value.length === 0) throw new UsageError(`--${name} is required`);
    return value;
  }

  switch(name: string): boolean {
    return this.parsed.switches.has(name);
  }
}

/** Flags that choose and reach the deployment, accepted by every command. */
export const DEPLOYMENT_FLAGS = [
  'data-dir',
  'run-dir',
  'brokers',
  'database-url',
  'schema',
  'events-topic',
  'ca-cert',
  'ca-key',
] as const;
