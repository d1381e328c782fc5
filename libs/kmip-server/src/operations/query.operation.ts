import {
  enumName,
  ObjectType,
  Operation,
  QueryFunction,
  registryVersionOf,
  Tag,
  ttlv,
  type QueryResponse,
} from '@kmip/kmip';
import type { OperationHandler } from './operation-handler';

const OBJECT_TYPES = [ObjectType.SymmetricKey, ObjectType.SecretData];

/**
 * Query (KMIP 1.4 §4.25, 2.1 §6.1.37): Query Operations lists the operations implemented that the request's version
 * defines, Query Objects the object types kept, Query Server Information the Vendor Identification (what vCenter
 * shows when the key provider is registered, DESIGN §6) and a Server Information structure (vendor-specific in 1.x;
 * Server Name and Server Version as KMIP 2.0 names them). Other query functions are answered with nothing.
 */
export const queryOperation: OperationHandler<typeof Operation.Query> = (request, context) => {
  const asked = new Set(request.queryFunctions);
  const registryVersion = registryVersionOf(context.version);
  const { server } = context.services;
  const response: QueryResponse = {
    ...(asked.has(QueryFunction.QueryOperations)
      ? {
          operations: context.services.operations.filter(
            (operation) => enumName(Tag.Operation, operation, registryVersion) !== undefined,
          ),
        }
      : {}),
    ...(asked.has(QueryFunction.QueryObjects) ? { objectTypes: OBJECT_TYPES } : {}),
    ...(asked.has(QueryFunction.QueryServerInformation)
      ? {
          vendorIdentification: server.vendorIdentification,
          serverInformation: ttlv.structure(Tag.ServerInformation, [
            ttlv.text(Tag.ServerName, server.serverName),
            ttlv.text(Tag.ServerVersion, server.serverVersion),
          ]),
        }
      : {}),
  };
  return Promise.resolve({ response });
};
