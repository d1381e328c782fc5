import { spawn, type ChildProcess } from 'node:child_process';
import { REPO_ROOT, TS_NODE_ARGS } from './repo-root';

/** Starts a TypeScript file as a child process, with the repository's path mapping, from the repository root. */
export function spawnTsChild(scriptPath: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [...TS_NODE_ARGS, scriptPath], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Resolves with the exit code (or signal name) once the child has exited. */
export function exited(child: ChildProcess): Promise<number | string> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  if (child.signalCode !== null) return Promise.resolve(child.signalCode);
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
}

/** Collects a child's output for failure messages. */
export function captureOutput(child: ChildProcess): () => string {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return () => output;
}
