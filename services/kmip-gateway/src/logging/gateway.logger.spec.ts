import { consoleGatewayLogger, GatheredLines } from './gateway.logger';

describe('GatheredLines', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('writes the lines of the next 20 ms together, in order', () => {
    const writes: string[] = [];
    const lines = new GatheredLines((text) => writes.push(text));
    lines.add('one');
    jest.advanceTimersByTime(19);
    lines.add('two');
    expect(writes).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(writes).toEqual(['one\ntwo\n']);
    lines.add('three');
    jest.advanceTimersByTime(20);
    expect(writes).toEqual(['one\ntwo\n', 'three\n']);
  });

  it('writes at once when the gathered lines reach the size bound', () => {
    const writes: string[] = [];
    const lines = new GatheredLines((text) => writes.push(text), 20, 10);
    lines.add('12345');
    expect(writes).toEqual([]);
    lines.add('6789');
    expect(writes).toEqual(['12345\n6789\n']);
    jest.advanceTimersByTime(100);
    expect(writes).toHaveLength(1);
  });
});

describe('consoleGatewayLogger', () => {
  afterEach(() => jest.restoreAllMocks());

  it('writes a warning at once, after the info lines gathered before it', () => {
    const order: string[] = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      order.push(String(chunk).trim());
      return true;
    });
    jest.spyOn(console, 'warn').mockImplementation((line: string) => order.push(line));
    consoleGatewayLogger.log('before');
    consoleGatewayLogger.warn('careful');
    expect(order).toEqual(['[kmip-gateway] before', '[kmip-gateway] careful']);
  });
});
