/**
 * A request encoded once and sent as the same bytes on every iteration, so that the load generator spends its time on
 * the wire and not in the encoder. It carries no Unique Batch Item ID and no time stamp, which makes reuse legal.
 */
export interface PreparedRequest {
  /** Short name used in figures and logs: `discover`, `create`, `get`. */
  readonly name: string;
  /** The Operation enumeration value of its single batch item (echoed in the response). */
  readonly operation: number;
  readonly bytes: Buffer;
}
