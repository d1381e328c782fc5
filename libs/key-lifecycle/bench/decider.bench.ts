/**
 * Key-lifecycle benchmarks: decide + evolve of the lifecycle vCenter drives for each key (Create, three Add Attribute,
 * Activate), an envelope's JSON round trip (encode, decode with checks), and a replay of a long object history.
 * Each runs for about two seconds.
 */
import { performance } from 'node:perf_hooks';
import {
  decideManagedObject,
  decodeEnvelope,
  encodeEnvelope,
  evolveManagedObject,
  foldManagedObject,
  initialManagedObjectState,
  toEnvelopes,
  type ManagedObjectCommand,
  type ManagedObjectEvent,
  type ManagedObjectState,
} from '@kmip/key-lifecycle';
import type { Benchmark } from '../../../tools/bench/benchmark';

const SECONDS = 2;
const NOW = '2024-05-01T12:00:00Z';
const TENANT = 'tenant-a';
const ROOT_KEY = { rootKeyId: 'crk-a', rootKeyVersion: 1 };
const uuid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

function vcenterCommands(objectId: string): ManagedObjectCommand[] {
  const base = { objectId, tenant: TENANT, now: NOW };
  const add = (name: string, value: string): ManagedObjectCommand => ({
    type: 'AddAttribute',
    data: { ...base, name, value: { kind: 'text', value } },
  });
  return [
    {
      type: 'Create',
      data: {
        ...base,
        objectType: 'SymmetricKey',
        cryptographicAlgorithm: 'AES',
        cryptographicLength: 256,
        cryptographicUsageMask: 12,
        wrappedBy: ROOT_KEY,
      },
    },
    add('x-Vendor', 'VMware, Inc.'),
    add('x-Product', 'VMware vSphere'),
    add('x-Product_Version', '8.0.1'),
    { type: 'Activate', data: base },
  ];
}

/** Runs `step` until `SECONDS` have passed; answers how many times it ran and the seconds it took. */
function timed(step: (i: number) => void): { count: number; seconds: number } {
  const start = performance.now();
  let count = 0;
  while (performance.now() - start < SECONDS * 1000) {
    for (let j = 0; j < 100; j++) step(count++);
  }
  return { count, seconds: (performance.now() - start) / 1000 };
}

export const benchmarks: Benchmark[] = [
  {
    name: 'key-lifecycle.vcenter-lifecycle',
    run(report) {
      let events = 0;
      const { count, seconds } = timed((i) => {
        let state: ManagedObjectState = initialManagedObjectState();
        for (const cmd of vcenterCommands(uuid(i))) {
          const decision = decideManagedObject(cmd, state);
          if (!decision.ok) throw new Error(decision.error.message);
          for (const e of decision.events) state = evolveManagedObject(state, e);
          events += decision.events.length;
        }
      });
      report('key-lifecycle.vcenter-lifecycle.lifecycles', count / seconds, 'lifecycles/s');
      report('key-lifecycle.vcenter-lifecycle.decisions', (count * 5) / seconds, 'decisions/s');
      report('key-lifecycle.vcenter-lifecycle.events', events / seconds, 'events/s');
      return Promise.resolve();
    },
  },
  {
    name: 'key-lifecycle.envelope-roundtrip',
    run(report) {
      const [envelope] = toEnvelopes(
        [
          {
            type: 'AttributeAdded',
            data: { name: 'x-Vendor', index: 0, value: { kind: 'text', value: 'VMware, Inc.' }, at: NOW },
          },
        ],
        {
          tenant: TENANT,
          objectId: uuid(1),
          actor: { kind: 'client', fingerprint: 'a1'.repeat(32), address: '10.0.0.7:51234' },
          occurredAt: NOW,
          expectedVersion: 1,
          newId: () => uuid(2),
        },
      );
      let bytes = 0;
      const { count, seconds } = timed(() => {
        const encoded = encodeEnvelope(envelope);
        if (!encoded.ok) throw new Error(encoded.error.message);
        bytes = encoded.value.length;
        if (!decodeEnvelope(encoded.value).ok) throw new Error('the envelope did not read back');
      });
      report('key-lifecycle.envelope-roundtrip.rate', count / seconds, 'envelopes/s');
      report('key-lifecycle.envelope-roundtrip.size', bytes, 'bytes');
      return Promise.resolve();
    },
  },
  {
    name: 'key-lifecycle.replay',
    run(report) {
      const history: ManagedObjectEvent[] = [];
      let state: ManagedObjectState = initialManagedObjectState();
      const objectId = uuid(3);
      const commands = [
        ...vcenterCommands(objectId),
        ...Array.from({ length: 10_000 }, (_, i): ManagedObjectCommand => ({
          type: 'SetAttribute',
          data: {
            objectId,
            tenant: TENANT,
            now: NOW,
            name: 'Description',
            value: { kind: 'text', value: `revision ${i}` },
          },
        })),
      ];
      for (const cmd of commands) {
        const decision = decideManagedObject(cmd, state);
        if (!decision.ok) throw new Error(decision.error.message);
        history.push(...decision.events);
        for (const e of decision.events) state = evolveManagedObject(state, e);
      }
      const { count, seconds } = timed(() => {
        if (foldManagedObject(history).version !== history.length) throw new Error('the replay lost events');
      });
      report('key-lifecycle.replay.events', (count * history.length) / seconds, 'events/s');
      return Promise.resolve();
    },
  },
];
