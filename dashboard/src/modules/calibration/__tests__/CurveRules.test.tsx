import { fireEvent, render, screen, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter } from 'react-router-dom';
import { createCache } from '../../api/client';
import { I18nProvider } from '../../i18n';
import { CurveRules } from '../components/CurveRules';
import { RULE_EMPLOYEES_PAGE_SIZE } from '../components/RuleEmployees';
import { GET_RULE_EMPLOYEES } from '../graphql/queries';
import type { CurveRule } from '../types';

const RULES: CurveRule[] = [
  {
    __typename: 'CurveRuleCheck',
    rule: 'BAIK_AT_MOST_PERCENT_70',
    predicates: ['BAIK'],
    bound: 'AT_MOST_PERCENT',
    percent: 70,
    passed: false,
    count: 3,
    actualPercent: 100,
  },
  {
    __typename: 'CurveRuleCheck',
    rule: 'BUTUH_PERBAIKAN+KURANG_AT_LEAST_ONE',
    predicates: ['BUTUH_PERBAIKAN', 'KURANG'],
    bound: 'AT_LEAST_ONE',
    percent: null,
    passed: false,
    count: 0,
    actualPercent: 0,
  },
];

const page = (names: [string, string][], hasNextPage: boolean, total = 3) => ({
  data: {
    distributionCheckEmployees: {
      __typename: 'EmployeeConnection',
      totalCount: total,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: names.at(-1)?.[0] ?? null },
      edges: names.map(([id, name]) => ({
        __typename: 'EmployeeEdge',
        cursor: id,
        node: { __typename: 'Employee', id, name },
      })),
    },
  },
});
const variables = {
  unitId: '1',
  cycleId: '4',
  predicates: ['BAIK'],
  first: RULE_EMPLOYEES_PAGE_SIZE,
};

describe('CurveRules', () => {
  test('loads a rule’s employees only when it is opened, then a page more on request', async () => {
    const mocks = [
      {
        request: { query: GET_RULE_EMPLOYEES, variables },
        result: page(
          [
            ['11', 'Agus Kasi'],
            ['12', 'Dewi Staf'],
          ],
          true,
        ),
      },
      {
        request: { query: GET_RULE_EMPLOYEES, variables: { ...variables, after: '12' } },
        result: page([['13', 'Eko Staf']], false),
      },
    ];
    render(
      <I18nProvider initialLanguage="en">
        <MemoryRouter>
          <MockedProvider cache={createCache()} mocks={mocks}>
            <CurveRules rules={RULES} total={3} unitId="1" cycleId="4" />
          </MockedProvider>
        </MemoryRouter>
      </I18nProvider>,
    );
    // Only the rule that counts someone offers its people, and nothing is asked before it opens.
    const people = screen.getAllByTestId('curve-rule-people');
    expect(people).toHaveLength(1);
    expect(screen.queryByTestId('rule-employees')).toBeNull();
    expect(within(people[0]).getByText('Employees involved (3)')).toBeTruthy();

    const details = people[0] as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const list = await screen.findByTestId('rule-employees');
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Agus Kasi', 'Dewi Staf']);
    expect(within(list).getAllByRole('link')[0].getAttribute('href')).toBe('/pegawai/11');

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Eko Staf')).toBeTruthy();
    expect(
      within(screen.getByTestId('rule-employees'))
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Agus Kasi', 'Dewi Staf', 'Eko Staf']);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });
});
