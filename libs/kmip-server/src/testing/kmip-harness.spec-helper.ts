import { KMIP_OPERATIONS } from '@kmip/key-lifecycle';
import {
  decodeResponseBytes,
  decodeResponsePayload,
  encodeRequestBytes,
  enumerationInfo,
  KMIP_1_1,
  requestBatchItem,
  Tag,
  type Credential,
  type ProtocolVersion,
  type RequestBatchItem,
  type RequestPayloadOf,
  type ResponseBatchItem,
  type ResponseMessage,
  type ResponsePayloadOf,
  type SupportedOperation,
} from '@kmip/kmip';
import { KmipRequestProcessor, type KmipRequestProcessorOptions } from '../processor/kmip-request-processor';
import type { KmipClient } from '../processor/kmip-client';
import {
  fixedClock,
  InMemoryInventory,
  InMemoryKeyWrapping,
  RecordingAccessLog,
  sequentialIds,
  TENANT,
  OTHER_TENANT,
} from './fake-ports.spec-helper';

export interface HeaderOptions {
  readonly version?: ProtocolVersion;
  readonly batchErrorContinuationOption?: number;
  readonly maximumResponseSize?: number;
  readonly authentication?: readonly Credential[];
  readonly clientCorrelationValue?: string;
}

export const CLIENT: KmipClient = {
  fingerprint: 'ab'.repeat(32),
  address: '192.0.2.10',
  tenant: TENANT,
  allowedOperations: KMIP_OPERATIONS,
};

export const OTHER_CLIENT: KmipClient = { ...CLIENT, fingerprint: 'cd'.repeat(32), tenant: OTHER_TENANT };

/** A processor over in-memory ports, and a client's side of the conversation. */
export class Harness {
  readonly inventory = new InMemoryInventory();
  readonly access = new RecordingAccessLog();
  readonly keys = new InMemoryKeyWrapping();
  readonly processor: KmipRequestProcessor;

  constructor(options: Partial<KmipRequestProcessorOptions> = {}) {
    this.processor = new KmipRequestProcessor({
      inventory: this.inventory,
      events: this.inventory,
      access: this.access,
      keyWrapping: this.keys,
      clock: fixedClock(),
      ids: sequentialIds(),
      ...options,
    });
  }

  async send(
    items: readonly RequestBatchItem[],
    header: HeaderOptions = {},
    client: KmipClient = CLIENT,
  ): Promise<ResponseMessage> {
    return decodeResponseBytes(await this.processor.process(requestBytes(items, header), client));
  }

  /** One item; its response item. */
  async one<Op extends SupportedOperation>(
    operation: Op,
    payload: RequestPayloadOf<Op>,
    header: HeaderOptions = {},
    client: KmipClient = CLIENT,
  ): Promise<ResponseBatchItem> {
    const version = header.version ?? KMIP_1_1;
    const response = await this.send([requestBatchItem(operation, payload, version)], header, client);
    expect(response.batchItems).toHaveLength(1);
    return response.batchItems[0];
  }

  /** One item that must succeed; its typed response payload. */
  async ok<Op extends SupportedOperation>(
    operation: Op,
    payload: RequestPayloadOf<Op>,
    header: HeaderOptions = {},
    client: KmipClient = CLIENT,
  ): Promise<ResponsePayloadOf<Op>> {
    const item = await this.one(operation, payload, header, client);
    expect({ status: item.resultStatus, reason: reasonName(item.resultReason), message: item.resultMessage }).toEqual({
      status: 0,
      reason: undefined,
      message: undefined,
    });
    return decodeResponsePayload(operation, item, header.version ?? KMIP_1_1);
  }
}

export function requestBytes(items: readonly RequestBatchItem[], header: HeaderOptions = {}): Buffer {
  return encodeRequestBytes({
    header: {
      protocolVersion: header.version ?? KMIP_1_1,
      ...(header.maximumResponseSize === undefined ? {} : { maximumResponseSize: header.maximumResponseSize }),
      ...(header.clientCorrelationValue === undefined ? {} : { clientCorrelationValue: header.clientCorrelationValue }),
      ...(header.authentication === undefined ? {} : { authentication: header.authentication }),
      ...(header.batchErrorContinuationOption === undefined
        ? {}
        : { batchErrorContinuationOption: header.batchErrorContinuationOption }),
    },
    batchItems: items,
  });
}

/** The Result Reason's registry key ('ItemNotFound'), for readable assertions. */
export function reasonName(value: number | undefined): string | undefined {
  return value === undefined ? undefined : enumerationInfo.get(Tag.ResultReason)?.values.get(value)?.key;
}

/** Status and reason of a response item, for readable assertions. */
export function outcome(item: ResponseBatchItem): { status: string; reason?: string } {
  const status = enumerationInfo.get(Tag.ResultStatus)?.values.get(item.resultStatus)?.key ?? String(item.resultStatus);
  const reason = reasonName(item.resultReason);
  return reason === undefined ? { status } : { status, reason };
}
