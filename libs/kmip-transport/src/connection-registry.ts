/** Anything the registry can cut: an accepted connection or one still being checked against the allow-list. */
export interface Disconnectable {
  destroy(reason: 'client-removed' | 'server-closing'): void;
}

/** Open connections by client certificate fingerprint, so that removing a client cuts all of its connections. */
export class ConnectionRegistry<T extends Disconnectable = Disconnectable> {
  private readonly byFingerprint = new Map<string, Set<T>>();

  add(fingerprint: string, connection: T): void {
    let set = this.byFingerprint.get(fingerprint);
    if (set === undefined) this.byFingerprint.set(fingerprint, (set = new Set()));
    set.add(connection);
  }

  delete(fingerprint: string, connection: T): void {
    const set = this.byFingerprint.get(fingerprint);
    if (set === undefined) return;
    set.delete(connection);
    if (set.size === 0) this.byFingerprint.delete(fingerprint);
  }

  count(fingerprint: string): number {
    return this.byFingerprint.get(fingerprint)?.size ?? 0;
  }

  /** Cuts every connection of one certificate; returns how many there were. */
  disconnect(fingerprint: string): number {
    const set = this.byFingerprint.get(fingerprint);
    if (set === undefined) return 0;
    this.byFingerprint.delete(fingerprint);
    for (const connection of set) connection.destroy('client-removed');
    return set.size;
  }
}
