import { Role } from '../../auth/role';
import type { Viewer } from '../../auth/viewer';
import { defineAbilityFor } from '../abilities';
import {
  conditionAttributes,
  guardedTypes,
  type Policy,
  readRulesTest,
  registerPolicies,
} from '../policy';
import type { Context } from '../../../context';

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
