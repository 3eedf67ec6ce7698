import { describe, expect, it } from 'vitest';
import { nextRevision, PerKeyChain } from './save-chain';

/** A task that records when it starts and ends, and finishes when told to. */
function gate(log: string[], name: string) {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const task = async () => {
    log.push(`${name} start`);
    await opened;
    log.push(`${name} end`);
  };
  return { task, open };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('PerKeyChain', () => {
  it('never has two saves of one question in flight: the second starts when the first is answered', async () => {
    const chain = new PerKeyChain();
    const log: string[] = [];
    const first = gate(log, 'A');
    const second = gate(log, 'B');
    chain.run('q1', first.task, () => {});
    chain.run('q1', second.task, () => {});
    await tick();
    expect(log).toEqual(['A start']);
    // The delayed first save is answered only now; the second, sent 20 ms later by the user, waited.
    first.open();
    await tick();
    expect(log).toEqual(['A start', 'A end', 'B start']);
    second.open();
    await chain.settled();
    expect(log).toEqual(['A start', 'A end', 'B start', 'B end']);
  });

  it('saves different questions side by side', async () => {
    const chain = new PerKeyChain();
    const log: string[] = [];
    const one = gate(log, 'q1');
    const two = gate(log, 'q2');
    chain.run('q1', one.task, () => {});
    chain.run('q2', two.task, () => {});
    await tick();
    expect(log).toEqual(['q1 start', 'q2 start']);
    one.open();
    two.open();
    await chain.settled();
  });

  it('goes on after a failed save and reports the failure', async () => {
    const chain = new PerKeyChain();
    const errors: unknown[] = [];
    const log: string[] = [];
    chain.run('q1', () => Promise.reject(new Error('offline')), (error) => errors.push(error));
    chain.run('q1', async () => void log.push('next save'), (error) => errors.push(error));
    await chain.settled();
    expect(errors).toEqual([new Error('offline')]);
    expect(log).toEqual(['next save']);
  });
});

describe('nextRevision', () => {
  it('is the clock when it has moved on, and one more than the last otherwise', () => {
    expect(nextRevision(undefined, 1_000)).toBe(1_000);
    expect(nextRevision(1_000, 2_000)).toBe(2_000);
    expect(nextRevision(2_000, 2_000)).toBe(2_001);
    // A device clock set back after a save still gives a newer revision.
    expect(nextRevision(5_000, 3_000)).toBe(5_001);
  });
});
