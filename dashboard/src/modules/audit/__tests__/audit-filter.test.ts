import {
  auditExportHref,
  changeRows,
  EMPTY_AUDIT_FILTER,
  isFiltered,
  toAuditFilter,
} from '../utils/audit-filter';

describe('audit filter', () => {
  it('sends only the fields set, trimmed', () => {
    expect(toAuditFilter(EMPTY_AUDIT_FILTER)).toEqual({});
    expect(
      toAuditFilter({
        ...EMPTY_AUDIT_FILTER,
        actor: ' admin ',
        entity: 'Employee',
        to: '2026-03-01',
      }),
    ).toEqual({ actor: 'admin', entity: 'Employee', to: '2026-03-01' });
    expect(isFiltered(EMPTY_AUDIT_FILTER)).toBe(false);
    expect(isFiltered({ ...EMPTY_AUDIT_FILTER, entityId: ' 5' })).toBe(true);
  });

  it.each([
    [{}, '/exports/audit-log.xlsx'],
    [{ entity: 'Employee', entityId: '5' }, '/exports/audit-log.xlsx?entity=Employee&entityId=5'],
    [
      { actor: 'camat', from: '2026-01-01', to: '2026-01-31' },
      '/exports/audit-log.xlsx?actor=camat&from=2026-01-01&to=2026-01-31',
    ],
    [
      { action: 'cycle.setStatus & more' },
      '/exports/audit-log.xlsx?action=cycle.setStatus+%26+more',
    ],
  ])('exports %j from %s', (filter, href) => {
    expect(auditExportHref(filter)).toBe(href);
  });

  it.each([
    [null, { name: 'Baru' }, [{ field: 'name', before: '', after: 'Baru', changed: true }]],
    [
      { name: 'Lama', active: true },
      { name: 'Baru', active: true },
      [
        { field: 'name', before: 'Lama', after: 'Baru', changed: true },
        { field: 'active', before: 'true', after: 'true', changed: false },
      ],
    ],
    [
      { roles: ['EMPLOYEE'] },
      null,
      [{ field: 'roles', before: '["EMPLOYEE"]', after: '', changed: true }],
    ],
    ['not an object', [1, 2], []],
  ])('sets %j beside %j', (before, after, rows) => {
    expect(changeRows(before, after)).toEqual(rows);
  });
});
