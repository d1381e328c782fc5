/**
 * Issue 4, test 4: kill -9 while Creates run. For each of the audit/inventory projector, a gateway, the key-wrapping
 * service and the Kafka broker: a PyKMIP client creates keys in a loop (fetching each right after its Create), the
 * service is SIGKILLed in the middle and restarted, and the loop runs on until Creates are acknowledged again. Then:
 * - every acknowledged Create is Get-able, through every gateway, with the bytes it had when first fetched, is
 *   listed once in the inventory, and has exactly one applied KeyCreated in its audit history;
 * - the inventory holds nothing else but objects of Creates that got no Success answer (at most one per such
 *   Create: those in flight at the kill), and each of those is a complete object (one applied KeyCreated, its key
 *   material Get-able with the same bytes everywhere) in the Pre-Active state: never activated, since no client knows
 *   it. The log decides: a KeyCreated that reached it is an object; nothing else is.
 */
import { startDeployment, type Deployment, type StackService } from './deployment';
import { createAcrossCrash, examine, expectConsistent } from './fault-run';

jest.setTimeout(900_000);

describe('kill -9 while Creates run (distributed stack)', () => {
  let deployment: Deployment;

  beforeAll(async () => {
    deployment = await startDeployment('distributed', { rootKeyProvider: 'local', privateKafka: true });
  });
  afterAll(async () => {
    await deployment?.stop();
  });

  const services: StackService[] = ['projector', 'gateway-a', 'key-wrapping', 'kafka'];

  it.each(services)('SIGKILL of %s', async (service) => {
    const target = deployment.faultTarget();
    const run = await createAcrossCrash(target, {
      kill: () => deployment.kill(service, 'SIGKILL'),
      restart: () => deployment.restart(service),
    });
    const findings = await examine(target, run);
    const seen = (kind: string): number => run.events.filter((e) => e.event === kind).length;
    console.log(
      `${service}: ${run.attempts} Creates, ${run.acknowledged.size} acknowledged, ${run.unanswered} without ` +
        `Success (${seen('create-failed')} failed, ${seen('create-lost')} lost), ${seen('fetch-failed')} first ` +
        `Gets failed, ${seen('connect-failed')} refused connections; ${findings.extras.length} unacknowledged ` +
        `objects in the inventory`,
    );
    expectConsistent(run, findings);
  });
});
