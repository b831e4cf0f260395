// Shared mocks for the analytics page tests (not a test file itself).
import { act, configure } from '@testing-library/react';
import type { ReactElement } from 'react';
import { GraphQLError } from 'graphql';
import { SessionContext } from '../../modules/auth/components/SessionProvider';
import { createAppAbility } from '../../modules/authz';
import { GET_CYCLES } from '../../modules/cycles/graphql/queries';
import { renderPage } from '../../test-support/render';
import type {
  CycleSummaryFieldsFragment,
  SessionUserFieldsFragment,
} from '../../modules/api/generated/graphql';

// Mocked responses arrive asynchronously; a busy CI machine can need more than the 1 s default.
configure({ asyncUtilTimeout: 5000 });

/** Recharts' ResponsiveContainer observes its size; jsdom has no ResizeObserver. */
export function stubResizeObserver() {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.assign(globalThis, { ResizeObserver: globalThis.ResizeObserver ?? ResizeObserverStub });
}

export const cycle = (
  id: string,
  year: number,
  status: CycleSummaryFieldsFragment['status'],
  currentPeriod: CycleSummaryFieldsFragment['currentPeriod'] = null,
): CycleSummaryFieldsFragment => ({
  __typename: 'Cycle',
  id,
  year,
  status,
  currentPeriod,
  reportablePeriods: status === 'ACTIVE' ? ['TW1', 'TW2'] : [],
});

export const CYCLES = [
  cycle('4', 2026, 'ACTIVE', 'TW2'),
  cycle('3', 2025, 'CLOSED'),
  cycle('2', 2024, 'CLOSED'),
];

export const cyclesMock = (cycles: CycleSummaryFieldsFragment[] = CYCLES) => ({
  request: { query: GET_CYCLES },
  result: { data: { cycles } },
  maxUsageCount: 5,
});

export const networkError = () => new Error('Failed to fetch');
export const serverError = (path: string) =>
  new GraphQLError('Unexpected error', {
    path: [path],
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });

export const user = (
  overrides: Partial<SessionUserFieldsFragment> = {},
): SessionUserFieldsFragment => ({
  __typename: 'User',
  id: 'u-7',
  username: '199001012015031001',
  roles: ['EMPLOYEE'],
  isSupervisor: false,
  abilityRules: [],
  mustChangePassword: false,
  employee: { __typename: 'Employee', id: '7', name: 'Sri Wahyuni' },
  ...overrides,
});

/** Renders a page inside the session (viewer and ability) the app shell would provide. */
export function renderAnalyticsPage(
  element: ReactElement,
  {
    me = user(),
    mocks = [],
    path = '/',
    route = '*',
    language = 'id',
    abilityRules = [],
  }: {
    me?: SessionUserFieldsFragment;
    mocks?: object[];
    path?: string;
    route?: string;
    language?: 'id' | 'en';
    abilityRules?: unknown;
  } = {},
) {
  const ability = createAppAbility(abilityRules);
  return renderPage(
    <SessionContext.Provider value={{ me, ability }}>{element}</SessionContext.Provider>,
    { mocks: mocks as never, path, route, language, abilityRules },
  );
}

/** The text cells of a table: header row first, then one array per body row. */
export function tableCells(table: HTMLElement): string[][] {
  return [...table.querySelectorAll('tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''),
  );
}

/** Lets pending mocked responses arrive inside act (tests that assert before they do). */
export const settle = () =>
  act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
