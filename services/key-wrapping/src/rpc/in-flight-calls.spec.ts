import { KeyWrappingUnavailableError } from '@kmip/key-wrapping';
import { InFlightCalls } from './in-flight-calls';

function deferred(): { promise: Promise<string>; resolve: (v: string) => void; reject: (e: Error) => void } {
  let resolve!: (v: string) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<string>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('InFlightCalls', () => {
  it('passes a call its result and its error', async () => {
    const calls = new InFlightCalls();
    await expect(calls.run(() => Promise.resolve('ok'))).resolves.toBe('ok');
    await expect(calls.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    // Nothing is left counted: draining ends at once.
    await expect(calls.drain(60_000)).resolves.toBeUndefined();
  });

  it('drains: refuses new calls at once and resolves when the running ones, failed or not, have ended', async () => {
    const calls = new InFlightCalls();
    const first = deferred();
    const second = deferred();
    const running = [calls.run(() => first.promise), calls.run(() => second.promise).catch((e: Error) => e.message)];
    let drained = false;
    const draining = calls.drain(60_000).then(() => (drained = true));

    await expect(calls.run(() => Promise.resolve('late'))).rejects.toBeInstanceOf(KeyWrappingUnavailableError);
    first.resolve('one');
    await expect(running[0]).resolves.toBe('one');
    expect(drained).toBe(false);
    second.reject(new Error('two failed'));
    await draining;
    expect(drained).toBe(true);
    await expect(running[1]).resolves.toBe('two failed');
  });

  it('gives up waiting after the grace period', async () => {
    jest.useFakeTimers();
    try {
      const calls = new InFlightCalls();
      void calls.run(() => new Promise<never>(() => undefined));
      let drained = false;
      const draining = calls.drain(5_000).then(() => (drained = true));
      await jest.advanceTimersByTimeAsync(4_999);
      expect(drained).toBe(false);
      await jest.advanceTimersByTimeAsync(1);
      await draining;
      expect(drained).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});
