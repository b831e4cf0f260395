import fs from 'node:fs';
import path from 'node:path';
import { createTranslate } from '../../i18n/utils/translate';
import {
  auditExportHref,
  changeRows,
  EMPTY_AUDIT_FILTER,
  actionName,
  entityName,
  isFiltered,
  knownActions,
  KNOWN_ENTITIES,
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
      { id: 7, nip: '1991', unitId: 3, rank: 'III/a', positionId: 4 },
      { id: 7, nip: '1991', unitId: 5, rank: 'III/a', positionId: 9 },
      [
        { field: 'unitId', before: '3', after: '5', changed: true },
        { field: 'positionId', before: '4', after: '9', changed: true },
        { field: 'id', before: '7', after: '7', changed: false },
        { field: 'nip', before: '1991', after: '1991', changed: false },
        { field: 'rank', before: 'III/a', after: 'III/a', changed: false },
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

describe('record types in the reader’s language', () => {
  // Every record type the API writes to the audit log or names in a notice (`entity: '…'`).
  const apiRoot = path.resolve(__dirname, '../../../../../api/src');
  const sources = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === '__tests__' ? [] : sources(full);
      return entry.name.endsWith('.ts') ? [full] : [];
    });
  const written = [
    ...new Set(
      sources(apiRoot).flatMap((file) =>
        [...fs.readFileSync(file, 'utf8').matchAll(/\bentity: '([A-Z][A-Za-z]+)'/g)].map(
          (match) => match[1],
        ),
      ),
    ),
  ].sort();

  it('finds the API’s record types', () => expect(written.length).toBeGreaterThan(10));

  it('knows every type the API writes', () => {
    expect(
      written.filter((entity) => !(KNOWN_ENTITIES as readonly string[]).includes(entity)),
    ).toEqual([]);
  });

  it.each([...KNOWN_ENTITIES])('%s has a name in Indonesian and English', (entity) => {
    const indonesian = entityName(createTranslate('id'), entity);
    const english = entityName(createTranslate('en'), entity);
    expect(indonesian).not.toBe(`audit.entityName.${entity}`);
    expect(english).not.toBe(`audit.entityName.${entity}`);
    if (!['PerformancePlan', 'WorkTarget', 'Kecamatan'].includes(entity))
      expect(indonesian).not.toBe(english);
  });

  it('shows a type it does not know as stored', () =>
    expect(entityName(createTranslate('id'), 'Something')).toBe('Something'));
});

describe('actions in the reader’s language', () => {
  // The API's list of the actions it writes (`AUDIT_ACTIONS`: the audit writer takes no other).
  const source = fs.readFileSync(
    path.resolve(__dirname, '../../../../../api/src/platform/audit/audit-actions.ts'),
    'utf8',
  );
  const list = /AUDIT_ACTIONS = \[([^\]]*)\]/.exec(source)?.[1] ?? '';
  const actions = [...list.matchAll(/'([a-zA-Z]+\.[a-zA-Z]+)'/g)].map((match) => match[1]);

  it('finds the API’s actions', () => expect(actions.length).toBeGreaterThan(50));

  it('suggests exactly the actions the API writes', () =>
    expect(knownActions().sort()).toEqual([...actions].sort()));

  it.each(actions)('%s has a name in Indonesian and English', (action) => {
    const indonesian = actionName(createTranslate('id'), action);
    const english = actionName(createTranslate('en'), action);
    expect(indonesian).not.toBe(action);
    expect(english).not.toBe(action);
    expect(indonesian).not.toBe(english);
  });

  it('shows an action it does not know as stored', () =>
    expect(actionName(createTranslate('id'), 'thing.do')).toBe('thing.do'));
});
