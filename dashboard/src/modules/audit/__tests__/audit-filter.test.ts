import fs from 'node:fs';
import path from 'node:path';
import { createTranslate } from '../../i18n/utils/translate';
import {
  auditExportHref,
  changeRows,
  EMPTY_AUDIT_FILTER,
  actionName,
  entityName,
  fieldName,
  isFiltered,
  knownActions,
  referenceNames,
  KNOWN_ENTITIES,
  toAuditFilter,
  valueText,
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

describe('fields and values in the reader’s language', () => {
  // The columns of every record the API writes whole into the audit log (its entities' columns,
  // as TypeORM maps them: a column decorator, then the property at the class's indentation).
  const AUDITED: [file: string, entity: string][] = [
    ['org/employee.entity.ts', 'Employee'],
    ['org/org-unit.entity.ts', 'OrgUnit'],
    ['org/position.entity.ts', 'Position'],
    ['org/employee-separation.entity.ts', 'EmployeeSeparation'],
    ['account/account.entity.ts', 'Account'],
    ['cycle/cycle.entity.ts', 'PerformanceCycle'],
    ['plan/performance-plan.entity.ts', 'PerformancePlan'],
    ['plan/work-target.entity.ts', 'WorkTarget'],
    ['plan/behavior-expectation.entity.ts', 'BehaviorExpectation'],
    ['plan/realization.entity.ts', 'Realization'],
    ['evaluation/evaluation.entity.ts', 'Evaluation'],
    ['evaluation/objection.entity.ts', 'Objection'],
    ['evaluation/organization-predicate.entity.ts', 'OrganizationPredicate'],
    ['feedback/feedback.entity.ts', 'Feedback'],
    ['development/development-activity.entity.ts', 'DevelopmentActivity'],
    ['development/training-program.entity.ts', 'TrainingProgram'],
    ['staffing/acting-assignment.entity.ts', 'ActingAssignment'],
    ['staffing/job-history.entity.ts', 'JobHistory'],
  ];
  const modules = path.resolve(__dirname, '../../../../../api/src/modules');
  const columnsOf = ([file, entity]: [string, string]) => {
    const source = fs.readFileSync(path.join(modules, file), 'utf8');
    const start = source.indexOf(`export class ${entity} `);
    const end = source.indexOf('\nexport class ', start + 1);
    const lines = source.slice(start, end === -1 ? undefined : end).split('\n');
    return lines.flatMap((line, index) => {
      if (!/^ {2}@(Column|PrimaryGeneratedColumn|CreateDateColumn|UpdateDateColumn)\(/.test(line))
        return [];
      const property = lines
        .slice(index + 1)
        .map((next) => /^ {2}(\w+)[!?]?: /.exec(next)?.[1])
        .find(Boolean);
      return property ? [property] : [];
    });
  };
  const columns = [...new Set(AUDITED.flatMap(columnsOf))].filter(
    // Never in a snapshot: the audit writer leaves secrets out (redact.ts).
    (column) => column !== 'passwordHash',
  );

  it('finds the columns', () => {
    expect(columnsOf(AUDITED[0])).toEqual([
      'id',
      'nip',
      'name',
      'gender',
      'birthDate',
      'employmentType',
      'rank',
      'positionId',
      'unitId',
      'supervisorId',
      'email',
      'phone',
      'active',
      'version',
      'createdAt',
      'updatedAt',
    ]);
    expect(columns.length).toBeGreaterThan(100);
  });

  it.each(columns)('%s has a name in Indonesian and English', (column) => {
    expect(fieldName(createTranslate('id'), column)).not.toBe(column);
    expect(fieldName(createTranslate('en'), column)).not.toBe(column);
  });

  it.each([
    ['unitId', 'Unit kerja', 'Unit'],
    ['planId', 'SKP (ID)', 'SKP (ID)'],
    ['meetsThreshold', 'Ambang “sesuai ekspektasi” (%)', '“Meets expectations” threshold (%)'],
    ['tmt', 'TMT', 'Effective from (TMT)'],
    ['somethingNew', 'somethingNew', 'somethingNew'],
  ])('names %s “%s” and “%s”', (field, indonesian, english) => {
    expect(fieldName(createTranslate('id'), field)).toBe(indonesian);
    expect(fieldName(createTranslate('en'), field)).toBe(english);
  });

  const moment = (locale: string) =>
    new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'medium',
      timeZone: 'Asia/Jakarta',
    });
  it.each([
    [undefined, '', ''],
    [null, '(kosong)', '(empty)'],
    [true, 'Ya', 'Yes'],
    [false, 'Tidak', 'No'],
    [0, '0', '0'],
    [2026, '2026', '2026'],
    ['LAKI_LAKI', 'LAKI_LAKI', 'LAKI_LAKI'],
    ['2026-03-05', '2026-03-05', '2026-03-05'],
    ['2026-12-07T14:54:14.000Z', '7 Des 2026, 21.54.14', 'Dec 7, 2026, 9:54:14 PM'],
    [['HR', 'EMPLOYEE'], 'HR, EMPLOYEE', 'HR, EMPLOYEE'],
    [[], '', ''],
    [{ 12: 'BAIK' }, '{"12":"BAIK"}', '{"12":"BAIK"}'],
  ])('says %j as “%s” and “%s”', (value, indonesian, english) => {
    expect(valueText(createTranslate('id'), moment('id'))(value)).toBe(indonesian);
    expect(valueText(createTranslate('en'), moment('en'))(value)).toBe(english);
  });

  it.each([
    ['Employee', 'gender', 'LAKI_LAKI', 'Laki-laki', 'Male'],
    ['PerformancePlan', 'status', 'APPROVED', 'Disetujui', 'Approved'],
    ['Cycle', 'status', 'ACTIVE', 'Aktif', 'Active'],
    ['Evaluation', 'status', 'FINAL', 'Final', 'Final'],
    ['Evaluation', 'predicate', 'BUTUH_PERBAIKAN', 'Butuh Perbaikan', 'Needs improvement'],
    ['Evaluation', 'resultRating', 'DI_ATAS_EKSPEKTASI', 'Di atas ekspektasi', 'Above expectation'],
    ['Evaluation', 'period', 'TW2', 'TW II', 'Q2'],
    ['Objection', 'status', 'UPHELD', 'Dikabulkan', 'Upheld'],
    ['Feedback', 'kind', 'PRAISE', 'Pujian', 'Praise'],
    [
      'TrainingProgram',
      'coreValues',
      ['AKUNTABEL', 'LOYAL'],
      'Akuntabel, Loyal',
      'Accountable, Loyal',
    ],
    ['User', 'roles', ['HR_ADMIN'], 'Admin Kepegawaian', 'HR admin'],
    // A code of another list, or a field whose codes have no names, stays as stored.
    ['ActingAssignment', 'status', 'APPROVED', 'APPROVED', 'APPROVED'],
    ['ActingAssignment', 'kind', 'PLT', 'PLT', 'PLT'],
    ['Employee', 'gender', 'X', 'X', 'X'],
  ])('says %s.%s %j as “%s” and “%s”', (entity, field, value, indonesian, english) => {
    expect(valueText(createTranslate('id'), moment('id'), entity)(value, field)).toBe(indonesian);
    expect(valueText(createTranslate('en'), moment('en'), entity)(value, field)).toBe(english);
  });

  it('says an id by the name of its record where the API named it, field by field', () => {
    const names = referenceNames([
      { field: 'supervisorId', recordId: '7', name: 'Budi Santoso' },
      { field: 'reassignedStaff', recordId: '9', name: 'Sari Dewi' },
    ]);
    const say = valueText(createTranslate('id'), moment('id'), 'Employee', names);
    expect(say(7, 'supervisorId')).toBe('Budi Santoso (#7)');
    // The same number in another field is another record (or no record at all).
    expect(say(7, 'version')).toBe('7');
    expect(say(8, 'supervisorId')).toBe('8');
    expect(say([9, 10], 'reassignedStaff')).toBe('Sari Dewi (#9), 10');
    expect(referenceNames(null).size).toBe(0);
  });

  it('decides what changed on the stored values, then says them', () => {
    const text = valueText(createTranslate('id'), moment('id'));
    expect(
      changeRows(
        { active: true, email: null, updatedAt: '2026-12-07T14:54:14.000Z' },
        { active: false, email: null, updatedAt: '2026-12-07T14:56:19.000Z' },
        text,
      ),
    ).toEqual([
      { field: 'active', before: 'Ya', after: 'Tidak', changed: true },
      {
        field: 'updatedAt',
        before: '7 Des 2026, 21.54.14',
        after: '7 Des 2026, 21.56.19',
        changed: true,
      },
      { field: 'email', before: '(kosong)', after: '(kosong)', changed: false },
    ]);
  });
});
