/** The command line is wrong: kmipctl prints the message and exits with 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
