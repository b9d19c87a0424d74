import { describe, expect, it } from 'vitest';
import { inboxQueries, isAssignedTo, mergeTasks, offeredTo, variablesToData, type UserTask } from './user-tasks';

describe('inboxQueries', () => {
  it("searches the user's open tasks: assigned, offered to the user, offered to a group", () => {
    expect(
      inboxQueries({ username: 'sam', groups: ['sales', 'sales-managers'], roles: ['sales'] }).map(
        (query) => query.filter,
      ),
    ).toEqual([
      { state: 'CREATED', assignee: 'sam' },
      { state: 'CREATED', candidateUser: 'sam' },
      { state: 'CREATED', candidateGroup: { $in: ['sales', 'sales-managers'] } },
    ]);
  });

  it('does not search by group without groups', () => {
    expect(inboxQueries({ username: 'sam', groups: [], roles: [] })).toHaveLength(2);
  });
});

describe('mergeTasks', () => {
  it('lists each task once, due first, then by priority, then oldest', () => {
    const noDueLowPriority: UserTask = { userTaskKey: '1', priority: 10, creationDate: '2026-11-20T08:00:00Z' };
    const noDueHighPriority: UserTask = { userTaskKey: '2', priority: 80, creationDate: '2026-11-20T09:00:00Z' };
    const dueLater: UserTask = { userTaskKey: '3', dueDate: '2026-11-22T00:00:00Z' };
    const dueSoon: UserTask = { userTaskKey: '4', dueDate: '2026-11-21T00:00:00Z' };
    const olderSamePriority: UserTask = { userTaskKey: '5', priority: 10, creationDate: '2026-11-19T08:00:00Z' };

    const merged = mergeTasks([
      [noDueLowPriority, dueLater],
      [dueLater, noDueHighPriority, olderSamePriority],
      [dueSoon, noDueLowPriority],
    ]);

    expect(merged.map((task) => task.userTaskKey)).toEqual(['4', '3', '2', '5', '1']);
  });
});

describe('variablesToData', () => {
  it('parses each JSON value and leaves out truncated ones', () => {
    expect(
      variablesToData([
        { name: 'companyName', value: '"Acme Corp"' },
        { name: 'play', value: '{"playName":"Fast lane","slaTier":"gold"}' },
        { name: 'attemptCount', value: '2' },
        { name: 'notes', value: '"very long', isTruncated: true },
        { name: 'raw', value: 'not json' },
      ]),
    ).toEqual({
      companyName: 'Acme Corp',
      play: { playName: 'Fast lane', slaTier: 'gold' },
      attemptCount: 2,
      raw: 'not json',
    });
  });
});

describe('who a task is for', () => {
  const offered: UserTask = { userTaskKey: '1', candidateGroups: ['sales'], candidateUsers: ['sam'] };

  it('says you, the assignee, or the candidates', () => {
    expect(offeredTo({ ...offered, assignee: 'sam' }, 'sam')).toBe('you');
    expect(offeredTo({ ...offered, assignee: 'bob' }, 'sam')).toBe('bob');
    expect(offeredTo(offered, 'sam')).toBe('sales, sam');
    expect(offeredTo({ userTaskKey: '2' }, 'sam')).toBe('anyone');
  });

  it('lets only the assignee complete', () => {
    expect(isAssignedTo({ ...offered, assignee: 'sam' }, 'sam')).toBe(true);
    expect(isAssignedTo(offered, 'sam')).toBe(false);
    expect(isAssignedTo({ ...offered, assignee: 'sam' }, undefined)).toBe(false);
  });
});
