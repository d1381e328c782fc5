/**
 * A map of bounded size that forgets its oldest keys, each operation O(1).
 *
 * Why not one `Map` with "delete the first key" when full: V8 leaves a hole for every deleted entry until the table
 * is rebuilt, and `keys().next()` walks over all the holes at the front. Used as a queue, a full map of 20,000 keys
 * then costs tens of microseconds per insertion. Here keys are set into a young generation; when it is full it
 * becomes the old one and the previous old one is dropped whole, so nothing is ever iterated.
 *
 * It holds at most `capacity` keys. A key stays held (unless deleted) while fewer than `capacity / 2` (rounded down)
 * other keys have been set since it was last set; keys deleted in the meantime still count. Setting a key again makes
 * it recent; reading it does not.
 */
export class RecentMap<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private readonly generationSize: number;

  constructor(capacity: number) {
    if (!Number.isSafeInteger(capacity) || capacity < 2) {
      throw new RangeError(`a RecentMap's capacity must be an integer of at least 2, got ${capacity}`);
    }
    this.generationSize = Math.floor(capacity / 2);
  }

  get size(): number {
    return this.young.size + this.old.size;
  }

  get(key: K): V | undefined {
    return this.young.has(key) ? this.young.get(key) : this.old.get(key);
  }

  has(key: K): boolean {
    return this.young.has(key) || this.old.has(key);
  }

  set(key: K, value: V): this {
    this.old.delete(key);
    this.young.set(key, value);
    if (this.young.size >= this.generationSize) {
      this.old = this.young;
      this.young = new Map();
    }
    return this;
  }

  delete(key: K): boolean {
    const inYoung = this.young.delete(key);
    return this.old.delete(key) || inYoung;
  }

  /**
   * Ages every held key by a generation at once: the keys set since the last rotation become the old ones, and the
   * old ones are dropped. Lets an owner that knows its entries expire drop them by time as well as by count.
   */
  rotate(): void {
    this.old = this.young;
    this.young = new Map();
  }

  clear(): void {
    this.young = new Map();
    this.old = new Map();
  }
}
