import { RecordTooLargeError } from './event-log.errors';
import { assertRecordSizes, recordSize } from './record-size';

describe('recordSize', () => {
  it('counts key, value and headers in UTF-8 bytes', () => {
    const plain = recordSize({ key: 'k', value: '' });
    expect(recordSize({ key: 'k', value: 'é' })).toBe(plain + 2);
    expect(recordSize({ key: 'k', value: Buffer.alloc(100) })).toBe(plain + 100);
    expect(recordSize({ key: 'k', value: '', headers: { a: 'bc' } })).toBeGreaterThan(plain + 3);
  });
});

describe('assertRecordSizes', () => {
  it('returns the sizes of records within the limit', () => {
    const sizes = assertRecordSizes('t', [{ key: 'a', value: 'x' }], 1000);
    expect(sizes).toEqual([recordSize({ key: 'a', value: 'x' })]);
  });

  it('refuses the batch naming the record, its size and the limit but none of its content', () => {
    const secret = 'S3CRET'.repeat(100);
    let error: unknown;
    try {
      assertRecordSizes(
        'kmip.events',
        [
          { key: 'a', value: 'ok' },
          { key: 'b', value: secret },
        ],
        200,
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RecordTooLargeError);
    const tooLarge = error as RecordTooLargeError;
    expect(tooLarge.code).toBe('RECORD_TOO_LARGE');
    expect(tooLarge.index).toBe(1);
    expect(tooLarge.limit).toBe(200);
    expect(tooLarge.message).toContain('kmip.events');
    expect(tooLarge.message).not.toContain('S3CRET');
  });
});
