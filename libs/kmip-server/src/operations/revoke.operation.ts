import { fromEpochSeconds } from '@kmip/key-lifecycle';
import { Operation } from '@kmip/kmip';
import { revocationReasonOf } from '../attributes/kmip-enumerations';
import { OperationError } from '../errors/operation-error';
import { targetOf } from './object-lookup';
import type { OperationHandler } from './operation-handler';

/**
 * Revoke (KMIP 1.4 §4.20, 2.1 §6.1.47): Key Compromise or CA Compromise → Compromised; any other reason deactivates
 * an Active object (key-lifecycle README, "Decisions").
 */
export const revokeOperation: OperationHandler<typeof Operation.Revoke> = async (request, context) => {
  const objectId = targetOf(request.uniqueIdentifier, context);
  const reason = revocationReasonOf(request.revocationReason.code);
  if (reason === undefined) throw new OperationError('InvalidField', 'the Revocation Reason Code is not recognized');
  let compromiseOccurrenceDate: string | undefined;
  if (request.compromiseOccurrenceDate !== undefined) {
    compromiseOccurrenceDate = fromEpochSeconds(Number(request.compromiseOccurrenceDate));
    if (compromiseOccurrenceDate === undefined) {
      throw new OperationError('InvalidField', 'the Compromise Occurrence Date is out of range');
    }
  }
  const message = request.revocationReason.message;
  await context.objects.write({
    objectId,
    commands: () => [
      {
        type: 'Revoke',
        data: {
          objectId,
          tenant: context.tenant,
          now: context.now,
          reason,
          ...(message === undefined ? {} : { message }),
          ...(compromiseOccurrenceDate === undefined ? {} : { compromiseOccurrenceDate }),
        },
      },
    ],
  });
  return { response: { uniqueIdentifier: objectId }, objectId };
};
