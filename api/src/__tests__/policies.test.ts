import { Role } from '../platform/auth/role';
import { defineAbilityFor } from '../platform/authz/abilities';
import { registeredSubjects, registerPolicies } from '../platform/authz/policy';
import { POLICIES } from '../policies';

describe('the modules’ permission policies', () => {
  it('name only declared subjects, and only the fields each subject declares', () => {
    registerPolicies(POLICIES);
    // Every role combined, with an employee link, so each rule that exists is built.
    const ability = defineAbilityFor({
      accountId: 1,
      username: 'probe',
      employeeId: 1,
      supervisorChainIds: [2],
      roles: Object.values(Role),
    });
    const subjects = registeredSubjects();
    const problems = ability.rules.flatMap((rule) => {
      const subject = subjects.get(String(rule.subject));
      if (!subject) return [`${String(rule.subject)} is declared by no policy`];
      const fields = rule.fields === undefined ? [] : [rule.fields].flat();
      return fields
        .filter((field) => !subject.fields?.includes(field))
        .map((field) => `${String(rule.subject)}.${field} is not among its declared fields`);
    });
    expect(problems).toEqual([]);
  });
});
