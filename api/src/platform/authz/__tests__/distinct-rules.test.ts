import { createMongoAbility } from '@casl/ability';
import { type AppAbility, type AppRawRule, distinctRules } from '../abilities';

const readNote: AppRawRule = { action: 'read', subject: 'Note', fields: ['id'] };
const denyNote: AppRawRule = { action: 'read', subject: 'Note', inverted: true };
const ownNote: AppRawRule = { action: 'read', subject: 'Note', conditions: { ownerId: 9 } };

describe('distinctRules', () => {
  it('keeps each rule once, in order, dropping the earlier copies', () => {
    expect(distinctRules([readNote, ownNote, { ...readNote }, ownNote])).toEqual([
      readNote,
      ownNote,
    ]);
    expect(distinctRules([readNote, ownNote])).toEqual([readNote, ownNote]);
  });

  it('allows exactly what the repeated rules allow, an overriding rule included', () => {
    // Allowed, denied, allowed again: the last copy decides, so it is the one kept.
    const rules = [readNote, denyNote, readNote];
    const kept = distinctRules(rules);
    expect(kept).toEqual([denyNote, readNote]);
    const before = createMongoAbility<AppAbility>(rules);
    const after = createMongoAbility<AppAbility>(kept);
    expect(before.can('read', 'Note', 'id')).toBe(true);
    expect(after.can('read', 'Note', 'id')).toBe(true);
    expect(after.can('read', 'Note', 'text')).toBe(before.can('read', 'Note', 'text'));
  });

  it('answers the same list for the same (cached, immutable) rules', () => {
    const rules = [readNote, readNote];
    expect(distinctRules(rules)).toBe(distinctRules(rules));
  });
});
