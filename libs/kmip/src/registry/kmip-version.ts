/** The KMIP specification versions this registry transcribes, oldest first. */
export const kmipVersions = ['1.0', '1.1', '1.2', '1.3', '1.4', '2.0', '2.1'] as const;

export type KmipVersion = (typeof kmipVersions)[number];

export function isKmipVersion(value: unknown): value is KmipVersion {
  return typeof value === 'string' && (kmipVersions as readonly string[]).includes(value);
}

/** Negative when `a` is older than `b`, zero when equal, positive when newer. */
export function compareKmipVersions(a: KmipVersion, b: KmipVersion): number {
  return kmipVersions.indexOf(a) - kmipVersions.indexOf(b);
}

/** Something the spec introduced in `since` and, if `removedIn` is set, marked "(Reserved)" from that version on. */
export interface VersionRange {
  readonly since: KmipVersion;
  readonly removedIn?: KmipVersion;
}

export function isDefinedIn(range: VersionRange, version: KmipVersion): boolean {
  if (compareKmipVersions(version, range.since) < 0) return false;
  return range.removedIn === undefined || compareKmipVersions(version, range.removedIn) < 0;
}
