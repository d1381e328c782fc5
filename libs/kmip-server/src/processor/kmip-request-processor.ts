import { normalizeDateTime, type IsoDateTime } from '@kmip/key-lifecycle';
import {
  compareProtocolVersions,
  decodeRequestBytes,
  decodeRequestPayloads,
  encodeResponseBytes,
  formatProtocolVersion,
  KmipError,
  messageFailureResponse,
  Operation,
  type ProtocolVersion,
  type RequestMessage,
  type TtlvDecodeError,
  type TtlvLimits,
} from '@kmip/kmip';
import { credentialAccepted } from '../authentication/credential-check';
import { VerifiedPasswords } from '../authentication/scrypt-password';
import type { OperationHandlers, ServerIdentity } from '../operations/operation-handler';
import { implementedOperations, operationHandlers } from '../operations/operation-handlers';
import type { AccessRecorder } from '../ports/access-recorder.port';
import { systemClock, type Clock } from '../ports/clock.port';
import type { EventAppender } from '../ports/event-appender.port';
import { uuidGenerator, type IdGenerator } from '../ports/id-generator.port';
import type { InventoryReader } from '../ports/inventory-reader.port';
import type { KeyWrappingClient } from '../ports/key-wrapping-client.port';
import { accessRecord, accessRecords } from './access-log';
import { runBatch, targetOf, type BatchDependencies } from './batch-runner';
import { disposeOutcome, failed, responseItem, resultName, type ItemOutcome } from './item-outcome';
import type { KmipClient } from './kmip-client';
import { operationName } from './operation-names';
import type { ProcessorObserver } from './processor-observer';
import { encodeWithinLimit } from './response-size';
import { isSupportedVersion, nearestSupportedVersion, SUPPORTED_VERSIONS } from './supported-versions';

export interface KmipRequestProcessorOptions {
  readonly inventory: InventoryReader;
  readonly events: EventAppender;
  readonly access: AccessRecorder;
  readonly keyWrapping: KeyWrappingClient;
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
  readonly server?: Partial<ServerIdentity>;
  /** How long a change waits for the projector's verdict. Default 5,000 ms, well within the transport's 30 s. */
  readonly verdictTimeoutMs?: number;
  /** Re-decisions after a conflict (per object; per batch under Undo). Default 3. */
  readonly maxConflictRetries?: number;
  /** Bounds for decoding a message; the transport's framing limits apply first. */
  readonly ttlvLimits?: Partial<TtlvLimits>;
  readonly observer?: ProcessorObserver;
  /** Replaces the operation map (tests). */
  readonly handlers?: OperationHandlers;
}

export const DEFAULT_SERVER_IDENTITY: ServerIdentity = {
  vendorIdentification: 'KMIP for VMware (open source)',
  serverName: 'kmip-gateway',
  serverVersion: '0.1.0',
};

const KMIP_1_4: ProtocolVersion = { major: 1, minor: 4 };

/**
 * The KMIP request processor: the bytes of one request message and the client behind it in, the bytes of the
 * response out. Framework-free; everything it needs comes through ports. It never throws for anything a client
 * sends: malformed messages get an Invalid Message response, failed items their Result Reason.
 */
export class KmipRequestProcessor {
  private readonly clock: Clock;
  private readonly ids: IdGenerator;
  private readonly batch: BatchDependencies;
  private readonly passwords = new VerifiedPasswords();
  private readonly observer: ProcessorObserver;

  constructor(private readonly options: KmipRequestProcessorOptions) {
    this.clock = options.clock ?? systemClock;
    this.ids = options.ids ?? uuidGenerator;
    this.observer = options.observer ?? {};
    const handlers = options.handlers ?? operationHandlers;
    this.batch = {
      handlers,
      observer: this.observer,
      services: {
        inventory: options.inventory,
        keyWrapping: options.keyWrapping,
        ids: this.ids,
        server: { ...DEFAULT_SERVER_IDENTITY, ...options.server },
        supportedVersions: SUPPORTED_VERSIONS,
        operations: options.handlers === undefined ? implementedOperations : Object.keys(handlers).map(Number),
      },
      writes: {
        inventory: options.inventory,
        events: options.events,
        ids: this.ids,
        verdictTimeoutMs: options.verdictTimeoutMs ?? 5_000,
        maxConflictRetries: options.maxConflictRetries ?? 3,
      },
    };
  }

  async process(bytes: Uint8Array, client: KmipClient): Promise<Buffer> {
    const now = this.clock.now();
    const timeStamp = BigInt(Math.floor(now.getTime() / 1000));
    const at = isoSeconds(now);
    let message: RequestMessage;
    try {
      message = decodeRequestBytes(bytes, this.options.ttlvLimits);
    } catch (err) {
      const error =
        err instanceof KmipError ? err : new KmipError('InvalidMessage', 'the message cannot be read', 'message');
      return this.refuseMessage(error, client, at, timeStamp, 'Unknown');
    }

    const requested = message.header.protocolVersion;
    const supported = isSupportedVersion(requested);
    const version = supported ? requested : nearestSupportedVersion(requested);
    // Discover Versions exists to find a common version, so it is answered whatever version it was sent in.
    if (!supported && !message.batchItems.every((item) => item.operation === Operation.DiscoverVersions)) {
      const reason = version.major >= 2 ? 'UnsupportedProtocolVersion' : 'InvalidMessage';
      const text = `protocol version ${formatProtocolVersion(requested)} is not supported`;
      const operation = operationName(message.batchItems[0]?.operation);
      return this.refuseMessage(new KmipError(reason, text, 'message', version), client, at, timeStamp, operation);
    }

    let outcomes: ItemOutcome[] = [];
    try {
      outcomes = (await credentialAccepted(client.credential, message.header.authentication, this.passwords))
        ? await runBatch(this.batch, message, version, client, at)
        : unauthenticated(message);
      outcomes = await this.recordAccess(outcomes, client, at);
      for (const outcome of outcomes) {
        this.observer.operation?.({
          tenant: client.tenant,
          fingerprint: client.fingerprint,
          operation: outcome.operation,
          result: resultName(outcome.result),
        });
      }
      const correlation = message.header.clientCorrelationValue;
      return encodeWithinLimit(
        {
          header: {
            protocolVersion: version,
            timeStamp,
            ...(correlation !== undefined && compareProtocolVersions(version, KMIP_1_4) >= 0
              ? { clientCorrelationValue: correlation }
              : {}),
          },
          batchItems: outcomes.map(responseItem),
        },
        message.header.maximumResponseSize,
      );
    } catch (error) {
      this.observer.unexpectedError?.('Response', error);
      const failure = new KmipError('GeneralFailure', 'the server could not complete the request', 'message', version);
      return encodeResponseBytes(messageFailureResponse(failure, timeStamp));
    } finally {
      outcomes.forEach(disposeOutcome);
    }
  }

  /** The answer to bytes the transport could not even frame (declared length over the limit, not a Structure). */
  malformedMessageResponse(_error: TtlvDecodeError): Buffer {
    const timeStamp = BigInt(Math.floor(this.clock.now().getTime() / 1000));
    return encodeResponseBytes(
      messageFailureResponse(new KmipError('InvalidMessage', 'the message cannot be framed', 'message'), timeStamp),
    );
  }

  private async refuseMessage(
    error: KmipError,
    client: KmipClient,
    at: IsoDateTime,
    timeStamp: bigint,
    operation: string,
  ): Promise<Buffer> {
    const record = accessRecord(this.ids, client, at, operation, error.reason);
    try {
      await this.options.access.record([record]);
    } catch (cause) {
      this.observer.accessLogFailed?.(cause);
    }
    this.observer.operation?.({
      tenant: client.tenant,
      fingerprint: client.fingerprint,
      operation,
      result: error.reason,
    });
    return encodeResponseBytes(messageFailureResponse(error, timeStamp));
  }

  /**
   * Appends the request's access records in one call before anything is answered. Fail closed: if the log does not
   * acknowledge them, no key material leaves — successful Gets become General Failures.
   */
  private async recordAccess(outcomes: ItemOutcome[], client: KmipClient, at: IsoDateTime): Promise<ItemOutcome[]> {
    const records = accessRecords(this.ids, client, at, outcomes);
    if (records.length === 0) return outcomes;
    try {
      await this.options.access.record(records);
      return outcomes;
    } catch (error) {
      this.observer.accessLogFailed?.(error);
      return outcomes.map((outcome) => {
        if (outcome.operation !== 'Get' || outcome.result.kind !== 'success') return outcome;
        disposeOutcome(outcome);
        return { ...outcome, result: failed('GeneralFailure', 'the access could not be recorded; no key is sent') };
      });
    }
  }
}

/** Every item refused: the Credential sent was not the client's (DESIGN §5). */
function unauthenticated(message: RequestMessage): ItemOutcome[] {
  return decodeRequestPayloads(message).map((entry) => {
    const objectId = targetOf(entry, undefined);
    return {
      item: entry.item,
      operation: operationName(entry.item.operation),
      ...(objectId === undefined ? {} : { objectId }),
      result: failed('AuthenticationNotSuccessful', 'the Credential was not accepted'),
    };
  });
}

function isoSeconds(date: Date): IsoDateTime {
  const iso = normalizeDateTime(date.toISOString());
  if (iso === undefined) throw new RangeError('the clock gave an invalid date');
  return iso;
}
