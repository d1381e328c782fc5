import { withDeadline } from './deadline';

describe('withDeadline', () => {
  it('passes the result of work that settles in time', async () => {
    await expect(withDeadline(Promise.resolve(7), 1000, () => new Error('late'))).resolves.toBe(7);
    await expect(withDeadline(Promise.reject(new Error('boom')), 1000, () => new Error('late'))).rejects.toThrow(
      'boom',
    );
  });

  it('rejects with the timeout error when work hangs, and tells the caller', async () => {
    let told = false;
    const never = new Promise<number>(() => undefined);
    await expect(
      withDeadline(
        never,
        10,
        () => new Error('late'),
        () => {
          told = true;
        },
      ),
    ).rejects.toThrow('late');
    expect(told).toBe(true);
  });
});
