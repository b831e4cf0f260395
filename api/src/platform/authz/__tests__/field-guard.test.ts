import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import type { AppAbility } from '../abilities';
import { unconditionalAnswer } from '../field-guard';

type Rules = (builder: AbilityBuilder<AppAbility>) => void;
const abilityOf = (rules: Rules) => {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  rules(builder);
  return builder.build();
};

describe('unconditionalAnswer (a field decided without its row)', () => {
  it.each<[string, Rules, boolean | null]>([
    ['no rule names the field', ({ can }) => can('read', 'Note', ['id']), false],
    ['an unconditional grant', ({ can }) => can('read', 'Note', ['text']), true],
    ['only conditional grants', ({ can }) => can('read', 'Note', ['text'], { ownerId: 1 }), null],
    [
      // The Camat: their own line's NIPs (conditional) and, as LEADER, every NIP.
      'a conditional grant, then an unconditional one',
      ({ can }) => {
        can('read', 'Note', ['text'], { ownerId: 1 });
        can('read', 'Note', ['text']);
      },
      true,
    ],
    [
      'an unconditional grant, then a conditional one',
      ({ can }) => {
        can('read', 'Note', ['text']);
        can('read', 'Note', ['text'], { ownerId: 1 });
      },
      true,
    ],
    [
      'an unconditional grant under a conditional denial',
      ({ can, cannot }) => {
        can('read', 'Note', ['text']);
        cannot('read', 'Note', ['text'], { ownerId: 1 });
      },
      null,
    ],
    [
      'an unconditional denial under a conditional grant',
      ({ can, cannot }) => {
        cannot('read', 'Note', ['text']);
        can('read', 'Note', ['text'], { ownerId: 1 });
      },
      null,
    ],
    [
      'an unconditional denial over a conditional grant',
      ({ can, cannot }) => {
        can('read', 'Note', ['text'], { ownerId: 1 });
        cannot('read', 'Note', ['text']);
      },
      false,
    ],
  ])('%s', (_name, rules, expected) => {
    expect(unconditionalAnswer(abilityOf(rules), 'Note', 'text')).toBe(expected);
  });
});
