// Shared mocks for the development page tests (not a test file itself).
import type { ReactElement } from 'react';
import { SessionContext } from '../../auth/components/SessionProvider';
import { createAppAbility } from '../../authz';
import { GET_CYCLES } from '../../cycles/graphql/queries';
import { renderPage } from '../../../test-support/render';
import { GET_DEVELOPMENT_PLAN, GET_RECOMMENDATIONS } from '../graphql/queries';
import type { SessionUserFieldsFragment } from '../../api/generated/graphql';

export const CYCLES = [
  {
    __typename: 'Cycle',
    id: '4',
    year: 2026,
    status: 'ACTIVE',
    currentPeriod: 'TW4',
    reportablePeriods: ['TW1', 'TW2', 'TW3'],
  },
  {
    __typename: 'Cycle',
    id: '3',
    year: 2025,
    status: 'CLOSED',
    currentPeriod: null,
    reportablePeriods: [],
  },
];

export const cyclesMock = () => ({
  request: { query: GET_CYCLES },
  result: { data: { cycles: CYCLES } },
  maxUsageCount: 10,
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

export function renderWithSession(
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

export const jp = (done: number, planned: number, overrides: object = {}) => ({
  __typename: 'JpProgress',
  year: 2026,
  planned,
  done,
  target: 20,
  progress: done / 20,
  belowTarget: done < 20,
  flagged: done < 20,
  ...overrides,
});

export const activity = (overrides: object = {}) => ({
  __typename: 'DevelopmentActivity',
  id: '501',
  kind: 'TRAINING',
  title: 'Komunikasi Publik',
  reason: 'Nilai Berorientasi Pelayanan dinilai di bawah ekspektasi',
  reasonCoreValue: 'BERORIENTASI_PELAYANAN',
  reasonAspect: null,
  reasonEvaluation: {
    __typename: 'Evaluation',
    id: '900',
    period: 'ANNUAL',
    predicate: null,
    cycle: { __typename: 'Cycle', id: '3', year: 2025 },
  },
  reasonIndicator: null,
  jp: 16,
  status: 'PLANNED',
  dueDate: '2026-12-15',
  completedOn: null,
  outcome: null,
  evidenceUrl: null,
  required: false,
  cancelReason: null,
  version: 1,
  program: {
    __typename: 'TrainingProgram',
    id: '11',
    code: 'KOM-01',
    title: 'Komunikasi Publik',
    hours: 16,
    mode: 'CLASSROOM',
    provider: 'BPSDM Provinsi Jawa Timur',
  },
  createdBy: { __typename: 'Employee', id: '5', name: 'Dewi Kusumawati' },
  effects: [],
  ...overrides,
});

export const coaching = (overrides: object = {}) =>
  activity({
    id: '502',
    kind: 'COACHING',
    title: 'Pembinaan kinerja oleh atasan langsung',
    reason: 'Predikat tahunan 2025 Butuh Perbaikan: pembinaan wajib',
    reasonCoreValue: null,
    jp: 4,
    required: true,
    program: null,
    dueDate: '2026-03-31',
    ...overrides,
  });

export const planMock = (
  employeeId: string,
  activities: object[] | null,
  progress = jp(0, 0),
  extra: object = {},
) => ({
  request: { query: GET_DEVELOPMENT_PLAN, variables: { employeeId, cycleId: '4' } },
  result: {
    data: {
      developmentPlan:
        activities === null
          ? null
          : { __typename: 'DevelopmentPlan', id: '77', activities, jp: progress },
      jpProgress: progress,
    },
  },
  ...extra,
});

export const reason = (overrides: object = {}) => ({
  __typename: 'WeaknessReason',
  kind: 'CORE_VALUE',
  evaluationId: '900',
  cycleYear: 2025,
  period: 'ANNUAL',
  coreValue: 'BERORIENTASI_PELAYANAN',
  ratedBelowExpectation: true,
  improvementFeedbackCount: 2,
  indicatorId: null,
  indicatorDescription: null,
  aspect: null,
  achievement: null,
  predicate: null,
  weight: 3,
  ...overrides,
});

export const recommendation = (overrides: object = {}) => ({
  __typename: 'TrainingRecommendation',
  score: 5,
  program: {
    __typename: 'TrainingProgram',
    id: '11',
    code: 'KOM-01',
    title: 'Komunikasi Publik',
    hours: 16,
    mode: 'CLASSROOM',
    provider: 'BPSDM Provinsi Jawa Timur',
  },
  reasons: [
    reason(),
    reason({
      kind: 'INDICATOR',
      coreValue: null,
      ratedBelowExpectation: false,
      improvementFeedbackCount: 0,
      indicatorId: '201',
      indicatorDescription: 'Persentase pengaduan yang ditangani tepat waktu',
      aspect: 'WAKTU',
      achievement: 72.5,
      period: 'TW2',
      cycleYear: 2026,
      evaluationId: '950',
      weight: 2,
    }),
  ],
  ...overrides,
});

export const recommendationsMock = (employeeId: string, list: object[], extra: object = {}) => ({
  request: { query: GET_RECOMMENDATIONS, variables: { employeeId, cycleId: '4' } },
  result: { data: { recommendTrainings: list } },
  ...extra,
});
