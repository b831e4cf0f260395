import { Role } from '../../auth/role';
import type { Viewer } from '../../auth/viewer';
import { defineAbilityFor } from '../abilities';
import {
  canReadRow,
  conditionAttributes,
  guardedTypes,
  type Policy,
  readRulesTest,
  registerPolicies,
} from '../policy';
import type { Context } from '../../graphql/context';

const viewer = (roles: Role[]): Viewer => ({
  accountId: 1,
  username: 'probe',
  employeeId: 9,
  supervisorChainIds: [],
  roles,
});

const notes: Policy = {
  subjects: {
    Note: {
      fields: ['id', 'text'],
      attributes: async (row, _context, type) => ({ ...row, ownerId: 9, type }),
    },
    NoteReport: {},
  },
  signedIn: ({ can }, { employeeId }) => {
    can('read', 'Note', ['id', 'text'], { ownerId: employeeId });
  },
  roles: {
    [Role.LEADER]: ({ can }) => {
      can('read', 'NoteReport');
    },
  },
};
const tags: Policy = {
  subjects: { Tag: { fields: ['id'] } },
  roles: {
    [Role.HR_ADMIN]: ({ can }) => {
      can('read', 'Tag', ['id']);
    },
  },
};

describe('policy registry', () => {
  beforeEach(() => registerPolicies([notes, tags]));

  it('gives a viewer the signed-in rules of every policy and the rules of each of their roles', () => {
    const leader = defineAbilityFor(viewer([Role.LEADER]));
    expect(leader.can('read', 'NoteReport')).toBe(true);
    expect(leader.can('read', 'Tag')).toBe(false);
    expect(leader.rulesFor('read', 'Note')).toHaveLength(1);
    const both = defineAbilityFor(viewer([Role.LEADER, Role.HR_ADMIN]));
    expect(both.can('read', 'Tag', 'id')).toBe(true);
    expect(defineAbilityFor(null).rules).toEqual([]);
  });

  it('lets whoever may read a row count it into an aggregate', () => {
    expect(defineAbilityFor(viewer([Role.HR_ADMIN])).can('aggregate', 'Tag', 'id')).toBe(true);
  });

  it('derives the guarded types from the subjects that declare fields', () => {
    expect(guardedTypes().sort()).toEqual(['Note', 'Tag']);
  });

  it('adds a subject’s condition attributes, and refuses a subject no policy declares', async () => {
    const context = {} as Context;
    await expect(conditionAttributes('Note', { id: 1 }, context)).resolves.toEqual({
      id: 1,
      ownerId: 9,
      type: 'Note',
    });
    await expect(conditionAttributes('Tag', { id: 2 }, context)).resolves.toEqual({ id: 2 });
    await expect(conditionAttributes('Nothing', {}, context)).rejects.toThrow(/No policy/);
  });

  it('tells which condition fields a viewer’s read rules test', () => {
    const ability = defineAbilityFor(viewer([Role.EMPLOYEE]));
    expect(readRulesTest(ability, 'Note', 'ownerId')).toBe(true);
    expect(readRulesTest(ability, 'Note', 'unitId')).toBe(false);
  });

  it('refuses two policies declaring the same subject', () => {
    expect(() => registerPolicies([notes, { subjects: { Tag: {} } }, tags])).toThrow(/Tag/);
  });
});

describe('fallback attributes', () => {
  // A memo: its author reads it; whoever the memo is addressed to reads its text, which costs a
  // lookup the fallback stands for; HR reads every memo without conditions.
  let lookups: unknown[] = [];
  const memos: Policy = {
    subjects: {
      Memo: {
        fields: ['id', 'text'],
        attributes: async (row) => ({ ...row, ownerId: row.authorId }),
        fallback: {
          fields: ['addresseeIds'],
          attributes: async (row) => {
            lookups.push(row.id);
            return { addresseeIds: [7] };
          },
        },
      },
    },
    roles: {
      [Role.EMPLOYEE]: ({ can }, { employeeId }) => {
        can('read', 'Memo', ['id', 'text'], { ownerId: employeeId });
        can('read', 'Memo', ['text'], { addresseeIds: employeeId });
      },
      [Role.HR_ADMIN]: ({ can }) => {
        can('read', 'Memo', ['id', 'text']);
      },
    },
  };
  beforeEach(() => {
    registerPolicies([memos]);
    lookups = [];
  });
  const contextOf = (employeeId: number, roles: Role[]) =>
    ({ ability: defineAbilityFor({ ...viewer(roles), employeeId }) }) as unknown as Context;

  it.each([
    {
      who: 'the author',
      employeeId: 9,
      roles: [Role.EMPLOYEE],
      field: 'text',
      allowed: true,
      looked: 0,
    },
    {
      who: 'the addressee',
      employeeId: 7,
      roles: [Role.EMPLOYEE],
      field: 'text',
      allowed: true,
      looked: 1,
    },
    {
      who: 'the addressee, a field not theirs',
      employeeId: 7,
      roles: [Role.EMPLOYEE],
      field: 'id',
      allowed: false,
      looked: 1,
    },
    {
      who: 'anyone else',
      employeeId: 5,
      roles: [Role.EMPLOYEE],
      field: 'text',
      allowed: false,
      looked: 1,
    },
    {
      who: 'HR, whose rules never ask',
      employeeId: 5,
      roles: [Role.HR_ADMIN],
      field: 'text',
      allowed: true,
      looked: 0,
    },
    {
      who: 'a viewer without rules on it',
      employeeId: 5,
      roles: [Role.ANALYST],
      field: 'text',
      allowed: false,
      looked: 0,
    },
  ])(
    '$who: $allowed, with $looked lookups',
    async ({ employeeId, roles, field, allowed, looked }) => {
      const row = { id: 1, authorId: 9 };
      await expect(canReadRow(contextOf(employeeId, roles), 'Memo', row, field)).resolves.toBe(
        allowed,
      );
      expect(lookups).toHaveLength(looked);
    },
  );
});
