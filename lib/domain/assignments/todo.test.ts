import { describe, expect, it } from 'vitest';
import { orderTodo } from '../todo';
import { assignmentTodoItems, type AssignmentTodoRow } from './todo';

const now = new Date('2026-05-10T00:00:00Z');
const row = (key: string, status: AssignmentTodoRow['status'], dueAt: string | null): AssignmentTodoRow => ({
  cohortId: 1, moduleSlug: 'capstone', key, title: key, dueAt: dueAt ? new Date(dueAt) : null, timeZone: 'Asia/Kabul', status,
});

describe('assignmentTodoItems', () => {
  it('lists what is still to do with its due date and whether it is overdue; sent and accepted work is not listed', () => {
    const items = assignmentTodoItems(
      [row('plan', null, '2026-05-01T00:00:00Z'), row('memo', 'draft', '2026-06-01T00:00:00Z'), row('redo', 'revision-requested', null), row('sent', 'submitted', '2026-05-01T00:00:00Z'), row('done', 'accepted', null)],
      now,
    );
    expect(orderTodo(items)).toEqual([
      { kind: 'assignment', id: 'assignment:capstone:plan', title: 'plan', href: '/modules/capstone/assignments/plan', dueAt: '2026-05-01T00:00:00.000Z', timeZone: 'Asia/Kabul', status: 'not-started', overdue: true },
      { kind: 'assignment', id: 'assignment:capstone:memo', title: 'memo', href: '/modules/capstone/assignments/memo', dueAt: '2026-06-01T00:00:00.000Z', timeZone: 'Asia/Kabul', status: 'draft', overdue: false },
      { kind: 'assignment', id: 'assignment:capstone:redo', title: 'redo', href: '/modules/capstone/assignments/redo', dueAt: null, timeZone: 'Asia/Kabul', status: 'revision-requested', overdue: false },
    ]);
  });

  it('lists an assignment once when two cohorts hold the module', () => {
    expect(assignmentTodoItems([row('plan', null, null), { ...row('plan', null, '2026-06-01T00:00:00Z'), cohortId: 2 }], now)).toHaveLength(1);
  });
});
