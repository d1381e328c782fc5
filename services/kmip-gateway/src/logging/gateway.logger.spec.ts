import { consoleGatewayLogger } from './gateway.logger';

describe('consoleGatewayLogger', () => {
  afterEach(() => jest.restoreAllMocks());

  it('writes the info lines of one turn of the event loop together, in order', async () => {
    const writes: string[] = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      writes.push(String(chunk));
      return true;
    });
    consoleGatewayLogger.log('one');
    consoleGatewayLogger.log('two');
    expect(writes).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual(['[kmip-gateway] one\n[kmip-gateway] two\n']);
  });

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
