import { compareProtocolVersions, type ProtocolVersion } from '@kmip/kmip';

const v = (major: number, minor: number): ProtocolVersion => Object.freeze({ major, minor });

/** The protocol versions this server speaks, newest first (the Discover Versions answer). */
export const SUPPORTED_VERSIONS: readonly ProtocolVersion[] = Object.freeze([
  v(2, 1),
  v(2, 0),
  v(1, 4),
  v(1, 3),
  v(1, 2),
  v(1, 1),
  v(1, 0),
]);

export function isSupportedVersion(version: ProtocolVersion): boolean {
  return SUPPORTED_VERSIONS.some((s) => compareProtocolVersions(s, version) === 0);
}

/** The version to answer an unsupported request in: the newest one of its major version (or of the nearest). */
export function nearestSupportedVersion(version: ProtocolVersion): ProtocolVersion {
  if (version.major >= 2) return SUPPORTED_VERSIONS[0];
  return version.major === 1 ? v(1, 4) : v(1, 0);
}
