import { join } from 'node:path';

/** The repository's root directory (this file is test/support/repo-root.ts). */
export const REPO_ROOT = join(__dirname, '..', '..');

/** `node -r ts-node/register/transpile-only -r tsconfig-paths/register`: how the services run from source. */
export const TS_NODE_ARGS: readonly string[] = [
  '-r',
  'ts-node/register/transpile-only',
  '-r',
  'tsconfig-paths/register',
];
