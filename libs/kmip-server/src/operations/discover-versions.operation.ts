import { compareProtocolVersions, Operation } from '@kmip/kmip';
import type { OperationHandler } from './operation-handler';

/**
 * Discover Versions (KMIP 1.4 §4.26, 2.1 §6.1.19): an empty request gets every version this server supports, newest
 * first; a list gets the versions both support, in the client's order of preference (empty if none is common).
 * vCenter sends it with an empty payload at the start of each connection (DESIGN §6).
 */
export const discoverVersionsOperation: OperationHandler<typeof Operation.DiscoverVersions> = (request, context) => {
  const supported = context.services.supportedVersions;
  const offered = request.protocolVersions;
  const protocolVersions =
    offered.length === 0
      ? supported
      : offered.filter((version) => supported.some((s) => compareProtocolVersions(s, version) === 0));
  return Promise.resolve({ response: { protocolVersions } });
};
