import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, TS_NODE_ARGS } from './repo-root';

export interface KmipctlResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `kmipctl ARGS…` as an operator would (its own process); never rejects for a non-zero exit. */
export function runKmipctl(
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<KmipctlResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [...TS_NODE_ARGS, join(REPO_ROOT, 'tools/kmipctl/src/main.ts'), ...args],
      { cwd: REPO_ROOT, env: { ...process.env, ...env }, timeout: 120_000 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(new Error(`kmipctl could not run: ${error.message}`));
        else resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      },
    );
  });
}
