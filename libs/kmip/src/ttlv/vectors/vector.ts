import type { TtlvItem } from '../ttlv-item';

/** A published or hand-derived encoding; `source` says exactly where the bytes come from. */
export interface TtlvVector {
  readonly source: string;
  readonly description: string;
  readonly hex: string;
}

/** A single-item vector together with the item it must decode to. */
export interface TtlvItemVector extends TtlvVector {
  readonly item: TtlvItem;
}
