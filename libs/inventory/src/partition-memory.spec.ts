import type { StreamState } from './command-judge';
import { PartitionMemory } from './partition-memory';

const state = (version: number) => ({ status: 'Known', version }) as unknown as StreamState;

describe('PartitionMemory', () => {
  it('remembers the position and states of each partition until told to forget it', () => {
    const memory = new PartitionMemory();
    expect(memory.position(0)).toBeUndefined();
    memory.remember(0, 10, [['a', state(1)]]);
    memory.remember(1, 3, [['a', state(7)]]);
    memory.remember(0, 12, [['b', state(2)]]);
    expect(memory.position(0)).toBe(12);
    expect(memory.state(0, 'a')).toEqual(state(1));
    expect(memory.state(0, 'b')).toEqual(state(2));
    expect(memory.state(1, 'a')).toEqual(state(7));
    memory.forget(0);
    expect(memory.position(0)).toBeUndefined();
    expect(memory.state(0, 'a')).toBeUndefined();
    expect(memory.position(1)).toBe(3);
  });

  it('keeps at most its limit of states, and the half written last, dropping those written longest ago', () => {
    const memory = new PartitionMemory(4);
    memory.remember(0, 1, [
      ['a', state(1)],
      ['b', state(1)],
    ]);
    memory.remember(0, 2, [['a', state(2)]]);
    memory.remember(0, 3, [['c', state(1)]]);
    memory.remember(0, 4, [['d', state(1)]]);
    memory.remember(0, 5, [['e', state(1)]]);
    const held = ['a', 'b', 'c', 'd', 'e'].filter((key) => memory.state(0, key) !== undefined);
    expect(held.length).toBeLessThanOrEqual(4);
    expect(held).not.toContain('b');
    expect(memory.state(0, 'd')).toEqual(state(1));
    expect(memory.state(0, 'e')).toEqual(state(1));
  });
});
