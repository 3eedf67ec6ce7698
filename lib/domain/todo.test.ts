import { describe, expect, it } from 'vitest';
import { orderTodo, type TodoItem } from './todo';

const item = (id: string, dueAt: string | null, overdue = false): TodoItem => ({
  kind: 'survey', id, title: id, href: `/x/${id}`, dueAt, timeZone: 'UTC', status: 'not-started', overdue,
});

describe('orderTodo', () => {
  it('puts overdue items first, then the soonest due, and undated last', () => {
    const ordered = orderTodo([item('c', null), item('b', '2026-12-10T00:00:00Z'), item('a', '2026-12-03T00:00:00Z'), item('late', '2026-11-01T00:00:00Z', true)]);
    expect(ordered.map((i) => i.id)).toEqual(['late', 'a', 'b', 'c']);
  });

  it('breaks ties by title and leaves the input untouched', () => {
    const input = [item('z', null), item('m', null)];
    expect(orderTodo(input).map((i) => i.id)).toEqual(['m', 'z']);
    expect(input.map((i) => i.id)).toEqual(['z', 'm']);
  });
});
