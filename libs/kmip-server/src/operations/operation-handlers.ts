import { Operation } from '@kmip/kmip';
import { activateOperation } from './activate.operation';
import { addAttributeOperation } from './add-attribute.operation';
import { createOperation } from './create.operation';
import { deleteAttributeOperation } from './delete-attribute.operation';
import { destroyOperation } from './destroy.operation';
import { discoverVersionsOperation } from './discover-versions.operation';
import { getAttributeListOperation } from './get-attribute-list.operation';
import { getAttributesOperation } from './get-attributes.operation';
import { getOperation } from './get.operation';
import { locateOperation } from './locate.operation';
import { modifyAttributeOperation } from './modify-attribute.operation';
import type { OperationHandlers } from './operation-handler';
import { queryOperation } from './query.operation';
import { registerOperation } from './register.operation';
import { revokeOperation } from './revoke.operation';
import { setAttributeOperation } from './set-attribute.operation';

/** Operation → handler. Anything else is answered Operation Not Supported. */
export const operationHandlers: OperationHandlers = {
  [Operation.DiscoverVersions]: discoverVersionsOperation,
  [Operation.Query]: queryOperation,
  [Operation.Create]: createOperation,
  [Operation.Register]: registerOperation,
  [Operation.Get]: getOperation,
  [Operation.GetAttributes]: getAttributesOperation,
  [Operation.GetAttributeList]: getAttributeListOperation,
  [Operation.AddAttribute]: addAttributeOperation,
  [Operation.ModifyAttribute]: modifyAttributeOperation,
  [Operation.DeleteAttribute]: deleteAttributeOperation,
  [Operation.SetAttribute]: setAttributeOperation,
  [Operation.Activate]: activateOperation,
  [Operation.Revoke]: revokeOperation,
  [Operation.Destroy]: destroyOperation,
  [Operation.Locate]: locateOperation,
};

/** The operations implemented, in Operation enumeration order (Query Operations). */
export const implementedOperations: readonly number[] = Object.keys(operationHandlers)
  .map(Number)
  .sort((a, b) => a - b);
