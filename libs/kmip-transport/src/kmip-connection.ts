import { performance } from 'node:perf_hooks';
import type { TLSSocket } from 'node:tls';
import { TtlvDecodeError, TtlvStreamFramer } from '@kmip/kmip';
import type { ClientRecord } from './client-directory.port';
import type { ConnectionContext } from './connection-context';
import type { MalformedMessageHandler, MessageHandler } from './message-handler';
import { notify, type CloseReason, type TransportObserver } from './transport-events';
import type { TransportLimits } from './transport-limits';

export interface ConnectionDependencies<C extends ClientRecord> {
  readonly handler: MessageHandler<C>;
  readonly onMalformed: MalformedMessageHandler<C> | undefined;
  readonly limits: TransportLimits;
  readonly observer: TransportObserver;
  readonly onClosed: (connection: KmipConnection<C>) => void;
}

/** A framed message waiting for a free in-flight slot, or the framing error that ends the stream. */
type Task =
  | { readonly kind: 'message'; readonly bytes: Buffer; readonly receivedAt: number }
  | { readonly kind: 'malformed'; readonly error: TtlvDecodeError; readonly receivedAt: number };

/** A request handed to the handler; its response is written when every earlier one has been. */
interface Slot {
  readonly task: Task;
  readonly timer: NodeJS.Timeout;
  done: boolean;
  response: Buffer | undefined;
}

/**
 * One accepted client connection: frames the TLS byte stream into messages, runs up to `maxInFlightPerConnection` of
 * them through the handler at once, writes the responses in request order, and enforces the per-connection limits.
 *
 * Reading stops (socket paused, so TCP pushes back on the client) while the in-flight limit is reached or the client
 * is not reading its responses. Nothing here throws into the event loop: every failure closes this connection only.
 */
export class KmipConnection<C extends ClientRecord = ClientRecord> {
  private readonly framer: TtlvStreamFramer;
  private readonly backlog: Task[] = [];
  private readonly slots: Slot[] = [];
  private readonly openedAt = performance.now();
  private paused = false;
  private readingStopped = false;
  private waitingForDrain = false;
  private endWhenIdle: { reason: CloseReason; detail?: string } | undefined;
  private ending = false;
  private closed = false;
  private closeReason: CloseReason | undefined;
  private closeDetail: string | undefined;
  private messageTimer: NodeJS.Timeout | undefined;
  private writeTimer: NodeJS.Timeout | undefined;
  private endTimer: NodeJS.Timeout | undefined;
  private responses = 0;
  private readonly closedSignal: Promise<void>;
  private signalClosed!: () => void;

  constructor(
    readonly socket: TLSSocket,
    readonly context: ConnectionContext<C>,
    private readonly deps: ConnectionDependencies<C>,
  ) {
    this.framer = new TtlvStreamFramer({ maxMessageLength: deps.limits.maxMessageLength });
    this.closedSignal = new Promise((resolve) => (this.signalClosed = resolve));
  }

  /** Requests read and not yet answered. */
  get inFlight(): number {
    return this.slots.length + this.backlog.length;
  }

  /** Resolves once the socket is closed. */
  get whenClosed(): Promise<void> {
    return this.closedSignal;
  }

  start(): void {
    const socket = this.socket;
    socket.on('error', (error: NodeJS.ErrnoException) => this.recordClose('socket-error', error.code ?? error.name));
    socket.on('close', () => this.onClose());
    socket.on('drain', () => this.onDrain());
    socket.on('timeout', () => this.onIdle());
    socket.setTimeout(this.deps.limits.idleTimeoutMs);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
  }

  /** Graceful end for server shutdown: read nothing more, answer what was already read, then end the TLS session. */
  drain(): void {
    this.stopReading();
    this.endWhenIdle ??= { reason: 'server-closing' };
    this.flush();
  }

  /** Cuts the connection at once; pending requests are dropped. */
  destroy(reason: CloseReason, detail?: string): void {
    if (this.closed) return;
    this.recordClose(reason, detail);
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    if (this.readingStopped || this.closed) return;
    let messages: Buffer[];
    try {
      messages = this.framer.push(chunk);
    } catch (error) {
      this.onMalformed(error);
      return;
    }
    const now = performance.now();
    if (messages.length > 0) this.clearMessageTimer(); // the message in progress, if any, is a new one
    for (const bytes of messages) this.backlog.push({ kind: 'message', bytes, receivedAt: now });
    this.pump();
  }

  /**
   * The stream cannot be framed any further. Messages framed before it are still answered, then the malformed
   * handler's response (if any), then the connection ends. Messages that arrived in the same read as the bad header
   * are lost with it: the framer reports the error for the whole chunk.
   */
  private onMalformed(error: unknown): void {
    this.stopReading();
    this.clearMessageTimer();
    if (!(error instanceof TtlvDecodeError)) {
      this.destroy('malformed-message');
      return;
    }
    this.backlog.push({ kind: 'malformed', error, receivedAt: performance.now() });
    this.endWhenIdle = { reason: 'malformed-message', detail: error.reason };
    this.pump();
  }

  private pump(): void {
    while (!this.closed && this.backlog.length > 0 && this.slots.length < this.deps.limits.maxInFlightPerConnection) {
      this.dispatch(this.backlog.shift()!);
    }
    this.updateFlow();
  }

  private dispatch(task: Task): void {
    const slot: Slot = {
      task,
      timer: setTimeout(() => this.destroy('request-timeout'), this.deps.limits.requestTimeoutMs),
      done: false,
      response: undefined,
    };
    this.slots.push(slot);
    const { handler, onMalformed } = this.deps;
    const answer = new Promise<Buffer | undefined>((resolve) => {
      if (task.kind === 'message') resolve(handler(task.bytes, this.context));
      else resolve(onMalformed === undefined ? undefined : onMalformed(task.error, this.context));
    });
    answer.then(
      (response) => this.complete(slot, response),
      () => this.destroy('handler-error'),
    );
  }

  private complete(slot: Slot, response: Buffer | undefined): void {
    clearTimeout(slot.timer);
    if (this.closed) return;
    const valid = response === undefined ? slot.task.kind === 'malformed' : Buffer.isBuffer(response);
    if (!valid) {
      this.destroy('handler-error');
      return;
    }
    slot.response = response;
    slot.done = true;
    this.flush();
  }

  /** Writes the responses that are next in request order. */
  private flush(): void {
    if (this.closed || this.ending) return;
    const socket = this.socket;
    if (this.slots[0]?.done === true) {
      if (!socket.writable) {
        this.destroy('client-closed');
        return;
      }
      socket.cork();
      while (this.slots[0]?.done === true) {
        const slot = this.slots.shift()!;
        const response = slot.response;
        if (response !== undefined && response.length > 0 && !socket.write(response)) this.waitingForDrain = true;
        if (slot.task.kind === 'message') this.reportRequest(slot.task, response?.length ?? 0);
      }
      socket.uncork();
      if (this.waitingForDrain && this.writeTimer === undefined) {
        this.writeTimer = setTimeout(() => this.destroy('write-timeout'), this.deps.limits.writeTimeoutMs);
      }
    }
    if (this.endWhenIdle !== undefined && this.slots.length === 0 && this.backlog.length === 0) {
      this.end(this.endWhenIdle.reason, this.endWhenIdle.detail);
      return;
    }
    this.pump();
  }

  private reportRequest(task: Task & { kind: 'message' }, responseBytes: number): void {
    this.responses++;
    notify(this.deps.observer, 'requestCompleted', {
      connectionId: this.context.connectionId,
      fingerprint: this.context.fingerprint,
      tenant: this.context.tenant,
      requestBytes: task.bytes.length,
      responseBytes,
      durationMs: performance.now() - task.receivedAt,
    });
  }

  private onDrain(): void {
    this.waitingForDrain = false;
    clearTimeout(this.writeTimer);
    this.writeTimer = undefined;
    this.updateFlow();
  }

  /** Pauses the socket while the client must wait, resumes it otherwise; keeps the message timer in step. */
  private updateFlow(): void {
    if (this.closed) return;
    const pause =
      this.readingStopped ||
      this.waitingForDrain ||
      this.backlog.length > 0 ||
      this.slots.length >= this.deps.limits.maxInFlightPerConnection;
    if (pause !== this.paused) {
      this.paused = pause;
      if (pause) this.socket.pause();
      else this.socket.resume();
    }
    // A half-received message is the client's to finish only while we are reading.
    if (!pause && this.framer.pendingBytes > 0) {
      this.messageTimer ??= setTimeout(() => this.destroy('message-timeout'), this.deps.limits.messageTimeoutMs);
    } else {
      this.clearMessageTimer();
    }
  }

  private onIdle(): void {
    // Only a connection with no work of either side is idle; requests, partial messages and unread responses have
    // their own timers.
    if (this.inFlight > 0 || this.framer.pendingBytes > 0 || this.waitingForDrain || this.ending) return;
    this.end('idle-timeout');
  }

  private stopReading(): void {
    this.readingStopped = true;
    this.updateFlow();
  }

  /** Ends the TLS session after the written responses (close_notify); cut if the client does not take them. */
  private end(reason: CloseReason, detail?: string): void {
    if (this.closed || this.ending) return;
    this.recordClose(reason, detail);
    this.ending = true;
    this.stopReading();
    this.socket.end();
    this.endTimer = setTimeout(() => this.socket.destroy(), this.deps.limits.writeTimeoutMs);
  }

  private recordClose(reason: CloseReason, detail?: string): void {
    if (this.closeReason !== undefined) return;
    this.closeReason = reason;
    this.closeDetail = detail;
  }

  private clearMessageTimer(): void {
    clearTimeout(this.messageTimer);
    this.messageTimer = undefined;
  }

  private onClose(): void {
    if (this.closed) return;
    this.closed = true;
    for (const slot of this.slots) clearTimeout(slot.timer);
    this.slots.length = 0;
    this.backlog.length = 0;
    this.clearMessageTimer();
    clearTimeout(this.writeTimer);
    clearTimeout(this.endTimer);
    const { context, deps } = this;
    notify(deps.observer, 'connectionClosed', {
      connectionId: context.connectionId,
      fingerprint: context.fingerprint,
      tenant: context.tenant,
      clientId: context.clientId,
      remoteAddress: context.remoteAddress,
      reason: this.closeReason ?? 'client-closed',
      ...(this.closeDetail === undefined ? {} : { detail: this.closeDetail }),
      requests: this.responses,
      durationMs: performance.now() - this.openedAt,
    });
    deps.onClosed(this);
    this.signalClosed();
  }
}
