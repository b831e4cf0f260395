import { screen, within } from '@testing-library/react';
import { renderPage } from '../../../test-support/render';
import { TeamMembersTable } from '../components/TeamMembersTable';
import type { TeamMember } from '../types';
import { atPhoneWidth } from '../../../test-support/phone';

const member = (overrides: Partial<TeamMember>): TeamMember => ({
  __typename: 'TeamMember',
  employeeId: '7',
  employee: {
    __typename: 'Employee',
    id: '7',
    name: 'Andik Handoko, A.Md.Ak.',
    position: { __typename: 'Position', id: '3', title: 'Pengadministrasi Perkantoran' },
  },
  planStatus: null,
  latestPredicate: null,
  latestPeriod: null,
  latestAchievement: null,
  overdueRealizations: 0,
  overdueEvaluations: 0,
  predicateLevels: [],
  ...overrides,
});

/** The text of the card's "Predikat terakhir" entry. */
const latestOf = (name: string) => {
  const card = screen.getByText(name).closest('li')!;
  const term = within(card).getByText('Predikat terakhir');
  return term.nextElementSibling!.textContent;
};

describe('the team as cards on a phone', () => {
  atPhoneWidth();

  it('shows one dash for a member not yet evaluated, not one per missing value', () => {
    renderPage(<TeamMembersTable members={[member({})]} />);
    expect(screen.getByTestId('team-members').tagName).toBe('UL');
    expect(latestOf('Andik Handoko, A.Md.Ak.')).toBe('–');
  });

  it('shows the predicate, its period and the achievement of an evaluated member', () => {
    renderPage(
      <TeamMembersTable
        members={[
          member({
            latestPredicate: 'BAIK',
            latestPeriod: 'TW3',
            latestAchievement: 87.8,
          }),
        ]}
      />,
    );
    expect(latestOf('Andik Handoko, A.Md.Ak.')).toMatch(/^Baik\s*TW III 87,8\s%$/);
  });
});
