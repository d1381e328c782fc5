/**
 * Bounds an operation in time: rejects with `onTimeout()` if `work` has not settled within `ms`. The work is not
 * cancelled; `onLate` lets the caller clean up after it (e.g. drop a producer whose request may still land).
 */
export async function withDeadline<T>(
  work: Promise<T>,
  ms: number,
  onTimeout: () => Error,
  onLate?: () => void,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onLate?.();
      reject(onTimeout());
    }, ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
    // The losing side must not surface as an unhandled rejection.
    work.catch(() => undefined);
  }
}
