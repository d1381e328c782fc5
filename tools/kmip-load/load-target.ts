import type { ProcessClassifier } from './process-cpu';

/** Where to send the load: a KMIP endpoint over mutual TLS (KMIP 1.1 §10 / the Basic TLS client profile). */
export interface LoadTarget {
  readonly host: string;
  readonly port: number;
  /** PEM of the CA (or CAs) the server certificate must chain to. */
  readonly ca: string | Buffer;
  /** PEM of the client certificate and its private key. */
  readonly cert: string | Buffer;
  readonly key: string | Buffer;
  /** The name checked against the server certificate; default `host`. */
  readonly servername?: string;
}

/** A target this process started (a PyKMIP server, the distributed setup): stop it when done. */
export interface StartedTarget extends LoadTarget {
  stop(): Promise<void>;
  /** Names the processes that serve this target (for CPU per request), when they run on this machine. */
  readonly classifyProcess?: ProcessClassifier;
}

/** Starts a server to measure and tells how to reach it. */
export type StartTarget = () => Promise<StartedTarget>;
