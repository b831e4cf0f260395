import {
  hasTeamFilter,
  nextSort,
  readTeamTable,
  teamPageVariables,
  type TeamTableState,
  writeTeamTable,
} from '../utils/team-table';

const DEFAULTS: TeamTableState = {
  search: '',
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
      'cari=dewi&urut=OVERDUE_EVALUATIONS&turun=1&skp=NONE&predikat=KURANG&terlambat=late&kurangjp=1&hal=3',
      {
        search: 'dewi',
        sort: 'OVERDUE_EVALUATIONS',
        descending: true,
        plan: 'NONE',
        predicate: 'KURANG',
        late: 'late',
        belowJp: true,
        page: 3,
      },
    ],
    ['unknown values fall back', 'urut=SALARY&skp=LOST&predikat=X&terlambat=maybe&hal=-2', {}],
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
});
