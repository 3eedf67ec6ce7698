import { describe, expect, it } from 'vitest';
import { replayQueue, settles, type QueuedWrite, type QueueStore, type Send } from './replay';

function memoryStore(): QueueStore & { rows: QueuedWrite[] } {
  let next = 1;
  const rows: QueuedWrite[] = [];
  return {
    rows,
    add: async (write) => {
      rows.push({ ...write, id: next });
      return next++;
    },
    all: async () => [...rows].reverse(), // storage order is not trusted: replay sorts by id
    remove: async (id) => void rows.splice(rows.findIndex((w) => w.id === id) >>> 0, 1),
  };
}

const write = (n: number): QueuedWrite => ({ kind: 'answer', url: '/api/x', body: { idempotencyKey: `key-${n}` }, subject: `q${n}`, createdAt: n });

describe('replayQueue', () => {
  it('sends oldest first and empties the queue', async () => {
    const store = memoryStore();
    for (const n of [1, 2, 3]) await store.add(write(n));
    const sent: string[] = [];
    const result = await replayQueue(store, async (w) => (sent.push(w.body.idempotencyKey), { done: true, status: 200, body: null }));
    expect(sent).toEqual(['key-1', 'key-2', 'key-3']);
    expect(result).toEqual({ sent: 3, left: 0 });
    expect(store.rows).toEqual([]);
  });

  it('stops at the first write that cannot be sent, keeping it and everything after it', async () => {
    const store = memoryStore();
    for (const n of [1, 2, 3]) await store.add(write(n));
    const send: Send = async (w) => (w.body.idempotencyKey === 'key-2' ? { done: false } : { done: true, status: 200, body: null });
    expect(await replayQueue(store, send)).toEqual({ sent: 1, left: 2 });
    expect(store.rows.map((w) => w.body.idempotencyKey)).toEqual(['key-2', 'key-3']);
  });

  it('a replay cut after the server applied a write sends it again with the same key (the server answers it once)', async () => {
    const store = memoryStore();
    for (const n of [1, 2]) await store.add(write(n));
    const applied = new Map<string, number>();
    // The page closes during sync: write 1 reaches the server but its answer is lost.
    const cut: Send = async (w) => {
      applied.set(w.body.idempotencyKey, (applied.get(w.body.idempotencyKey) ?? 0) + 1);
      return { done: false };
    };
    await replayQueue(store, cut);
    const server: Send = async (w) => {
      if (!applied.has(w.body.idempotencyKey)) applied.set(w.body.idempotencyKey, 1);
      return { done: true, status: 200, body: null };
    };
    await replayQueue(store, server);
    expect([...applied.entries()]).toEqual([
      ['key-1', 1],
      ['key-2', 1],
    ]);
    expect(store.rows).toEqual([]);
  });

  it.each([
    [200, true],
    [409, true],
    [410, true],
    [400, true],
    [401, false],
    [429, false],
    [500, false],
    [503, false],
  ])('status %i settles: %s', (status, expected) => {
    expect(settles(status)).toBe(expected);
  });
});
