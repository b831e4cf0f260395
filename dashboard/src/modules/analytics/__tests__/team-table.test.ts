import {
  hasTeamFilter,
  nextSort,
  readTeamTable,
  teamPageVariables,
  type TeamTableState,
  teamUnitChoices,
  writeTeamTable,
} from '../utils/team-table';

const DEFAULTS: TeamTableState = {
  search: '',
  unit: null,
  sort: 'NAME',
  descending: false,
  plan: null,
  predicate: null,
  late: null,
  belowJp: false,
  page: 1,
};

describe('team table state in the URL', () => {
  it.each<[string, string, Partial<TeamTableState>]>([
    ['nothing', '', {}],
    [
      'every part',
      'cari=dewi&bagian=7&urut=OVERDUE_EVALUATIONS&turun=1&skp=NONE&predikat=KURANG&terlambat=late&kurangjp=1&hal=3',
      {
        search: 'dewi',
        unit: '7',
        sort: 'OVERDUE_EVALUATIONS',
        descending: true,
        plan: 'NONE',
        predicate: 'KURANG',
        late: 'late',
        belowJp: true,
        page: 3,
      },
    ],
    [
      'unknown values fall back',
      'bagian=seksi&urut=SALARY&skp=LOST&predikat=X&terlambat=maybe&hal=-2',
      {},
    ],
    ['a page that is not a whole number', 'hal=1.5', {}],
  ])('reads %s', (_, query, expected) => {
    expect(readTeamTable(new URLSearchParams(query))).toEqual({ ...DEFAULTS, ...expected });
  });

  it('writes only what differs from the defaults and keeps other parameters', () => {
    const params = writeTeamTable(new URLSearchParams('unit=5&siklus=4&hal=3'), {
      sort: 'ACHIEVEMENT',
      descending: true,
      late: 'onTime',
    });
    expect(params.toString()).toBe('unit=5&siklus=4&urut=ACHIEVEMENT&turun=1&terlambat=onTime');
  });

  it('goes back to page 1 on any change but the page itself', () => {
    const start = new URLSearchParams('cari=eko&hal=4');
    expect(writeTeamTable(start, { plan: 'APPROVED' }).get('hal')).toBeNull();
    expect(writeTeamTable(start, { page: 5 }).get('hal')).toBe('5');
    expect(writeTeamTable(start, { page: 1 }).get('hal')).toBeNull();
    expect(writeTeamTable(start, { search: '  ' }).get('cari')).toBeNull();
  });

  it.each<[Partial<TeamTableState>, ReturnType<typeof teamPageVariables>['filter']]>([
    [{}, {}],
    [{ search: ' dewi ' }, { search: 'dewi' }],
    [{ plan: 'NONE' }, { withoutPlan: true }],
    [{ plan: 'SUBMITTED' }, { planStatus: 'SUBMITTED' }],
    [
      { predicate: 'BAIK', late: 'late' },
      { predicate: 'BAIK', late: true },
    ],
    [{ late: 'onTime' }, { late: false }],
    [{ belowJp: true }, { belowJpTarget: true }],
    [{ unit: '7' }, { unitId: '7' }],
  ])('sends %p as the filter %p', (state, filter) => {
    expect(teamPageVariables({ ...DEFAULTS, ...state }).filter).toEqual(filter);
  });

  it('pages by 25', () => {
    expect(teamPageVariables({ ...DEFAULTS, page: 3 })).toMatchObject({ offset: 50, limit: 25 });
  });

  it.each<[Partial<TeamTableState>, TeamTableState['sort'], object]>([
    [{}, 'NAME', { sort: 'NAME', descending: true }],
    [{ sort: 'NAME', descending: true }, 'NAME', { sort: 'NAME', descending: false }],
    [{}, 'OVERDUE_REALIZATIONS', { sort: 'OVERDUE_REALIZATIONS', descending: true }],
    [{}, 'PLAN_STATUS', { sort: 'PLAN_STATUS', descending: false }],
    [{}, 'JP_DONE', { sort: 'JP_DONE', descending: false }],
    [
      { sort: 'PREDICATE', descending: true },
      'PREDICATE',
      { sort: 'PREDICATE', descending: false },
    ],
  ])('from %p a click on %s sorts %p', (state, column, expected) => {
    expect(nextSort({ ...DEFAULTS, ...state }, column)).toEqual(expected);
  });

  it('knows when a filter narrows the team', () => {
    expect(hasTeamFilter(DEFAULTS)).toBe(false);
    expect(hasTeamFilter({ ...DEFAULTS, sort: 'ACHIEVEMENT', page: 2 })).toBe(false);
    expect(hasTeamFilter({ ...DEFAULTS, late: 'late' })).toBe(true);
    expect(hasTeamFilter({ ...DEFAULTS, belowJp: true })).toBe(true);
  });

  // Kecamatan (0) ─┬─ Sekretariat (1) ─┬─ Subbag Umum (2)
  //                │                   └─ Subbag Keuangan (2)
  //                ├─ Seksi Trantib (1)
  //                └─ Kelurahan (1) ─── RW (2)
  const TREE = [
    { id: '1', name: 'Kecamatan', depth: 0 },
    { id: '2', name: 'Sekretariat', depth: 1 },
    { id: '3', name: 'Subbag Umum', depth: 2 },
    { id: '4', name: 'Subbag Keuangan', depth: 2 },
    { id: '5', name: 'Seksi Trantib', depth: 1 },
    { id: '6', name: 'Kelurahan', depth: 1 },
    { id: '7', name: 'RW', depth: 2 },
  ];
  const choices = (teamUnitId: string, memberUnitIds: string[], selected: string | null = null) =>
    teamUnitChoices({ tree: TREE, teamUnitId, memberUnitIds, selected }).map(
      (unit) => `${unit.level}:${unit.id}`,
    );

  it.each<[string, string, string[], string | null, string[]]>([
    ['member units with their parents', '1', ['4', '5'], null, ['0:1', '1:2', '2:4', '1:5']],
    ['a unit holding members only further down', '1', ['7'], null, ['0:1', '1:6', '2:7']],
    ['levels below the team unit', '2', ['3', '4'], null, ['0:2', '1:3', '1:4']],
    ['nothing outside the team unit', '2', ['3', '5'], null, ['0:2', '1:3']],
    ['the unit from the URL', '1', ['5'], '3', ['0:1', '1:2', '2:3', '1:5']],
    ['an unknown team unit', '99', ['5'], null, []],
  ])('offers %s as unit choices', (_, team, members, selected, expected) => {
    expect(choices(team, members, selected)).toEqual(expected);
  });
});
