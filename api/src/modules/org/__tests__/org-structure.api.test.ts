import { AuditLog } from '../../../platform/audit/audit-log.entity';
import { DRIVERS } from '../../../testing/databases';
import { codesOf, type GraphQLResult } from '../../../testing/graphql-client';
import { useSmallOrg } from '../../../testing/suite';
import { Employee } from '../employee.entity';
import { OrgUnit, OrgUnitClosure } from '../org-unit.entity';
import { Position } from '../position.entity';
import { computeClosure } from '../utils/closure.util';

const UNIT_FIELDS = 'id name depth version closedAt parent { id }';
const CREATE_UNIT = `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { ${UNIT_FIELDS} } }`;
const UPDATE_UNIT = `mutation ($id: ID!, $input: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $input) { ${UNIT_FIELDS} head { id } } }`;
const MOVE_UNIT = `mutation ($id: ID!, $parentId: ID!, $version: Int!) { moveOrgUnit(id: $id, parentId: $parentId, version: $version) { ${UNIT_FIELDS} } }`;
const CLOSE_UNIT = `mutation ($id: ID!, $version: Int!, $reason: String) { closeOrgUnit(id: $id, version: $version, reason: $reason) { ${UNIT_FIELDS} } }`;
const POSITION_FIELDS = 'id title level kind isHead version closedAt unit { id }';
const CREATE_POSITION = `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { ${POSITION_FIELDS} } }`;
const UPDATE_POSITION = `mutation ($id: ID!, $input: UpdatePositionInput!) { updatePosition(id: $id, input: $input) { ${POSITION_FIELDS} } }`;
const CLOSE_POSITION = `mutation ($id: ID!, $version: Int!) { closePosition(id: $id, version: $version) { ${POSITION_FIELDS} } }`;

const reasonOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.reason;
const fieldsOf = (result: GraphQLResult) =>
  ((result.errors?.[0]?.extensions?.fields ?? []) as { field: string; reason: string }[]).map(
    (problem) => `${problem.field}:${problem.reason}`,
  );

describe.each(DRIVERS)('units and positions on %s', (kind) => {
  const t = useSmallOrg(kind);
  const nonHr = () => ['camat', 'analis', t.org.people.kasiA.nip, t.org.people.staffA1.nip];
  const unitRow = (id: string | number) =>
    t.db.dataSource.getRepository(OrgUnit).findOneByOrFail({ id: Number(id) });
  const unitCount = () => t.db.dataSource.getRepository(OrgUnit).count();
  const auditCount = () => t.db.dataSource.getRepository(AuditLog).count();
  let subUnit: { id: string; version: number };
  let archive: { id: string; version: number };

  /** The stored closure equals the one computed from the parents: the table followed every change. */
  async function expectClosureConsistent() {
    const units = await t.db.dataSource.getRepository(OrgUnit).find();
    const expected = computeClosure({
      parentOf: new Map(units.map((unit) => [unit.id, unit.parentId])),
    });
    const stored = await t.db.dataSource.getRepository(OrgUnitClosure).find();
    const key = (row: { ancestorId: number; descendantId: number; depth: number }) =>
      `${row.ancestorId}>${row.descendantId}@${row.depth}`;
    expect(stored.map(key).sort()).toEqual(expected.map(key).sort());
    const depthOf = new Map(
      expected.filter((row) => row.depth >= 0).map((row) => [row.descendantId, 0]),
    );
    for (const row of expected)
      depthOf.set(row.descendantId, Math.max(depthOf.get(row.descendantId) ?? 0, row.depth));
    for (const unit of units)
      expect([unit.id, unit.depth]).toEqual([unit.id, depthOf.get(unit.id)]);
  }

  it('lets every role read units and positions; head counts are not for analysts', async () => {
    const query = '{ orgUnits { id name closedAt version } positions { id title level kind } }';
    for (const viewer of ['admin', ...nonHr()]) {
      const result = await t.client.as(viewer, query);
      expect(result.errors).toBeUndefined();
      expect(result.data?.orgUnits).toHaveLength(3);
      expect(result.data?.positions).toHaveLength(3);
    }
    const counts = '{ orgUnits { name memberCount totalMemberCount } }';
    const hr = await t.client.as('admin', counts);
    expect(hr.data?.orgUnits[0]).toEqual({
      name: 'Kecamatan Uji',
      memberCount: 1,
      totalMemberCount: 6,
    });
    const analyst = await t.client.as('analis', counts);
    expect(codesOf(analyst)).toContain('FORBIDDEN');
    expect(analyst.data?.orgUnits[0].memberCount).toBeNull();
  });

  it('lets only HR add a unit, with its closure rows and an audit row', async () => {
    const before = await auditCount();
    for (const viewer of nonHr())
      expect(
        codesOf(
          await t.client.as(viewer, CREATE_UNIT, {
            input: { name: 'Subseksi Layanan', parentId: String(t.org.units.unitA.id) },
          }),
        ),
      ).toEqual(['FORBIDDEN']);
    const created = await t.client.as('admin', CREATE_UNIT, {
      input: { name: '  Subseksi Layanan ', parentId: String(t.org.units.unitA.id) },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createOrgUnit).toMatchObject({
      name: 'Subseksi Layanan',
      depth: 2,
      version: 1,
      closedAt: null,
      parent: { id: String(t.org.units.unitA.id) },
    });
    subUnit = created.data?.createOrgUnit;
    const nested = await t.client.as('admin', CREATE_UNIT, {
      input: { name: 'Urusan Arsip', parentId: subUnit.id },
    });
    archive = nested.data?.createOrgUnit;
    expect(archive).toMatchObject({ depth: 3 });
    await expectClosureConsistent();
    const audit = await t.db.dataSource
      .getRepository(AuditLog)
      .find({ where: { action: 'orgUnit.create' }, order: { id: 'ASC' } });
    expect(audit.map((row) => row.entityId)).toEqual([subUnit.id, archive.id]);
    expect(await auditCount()).toBe(before + 2);
  });

  it('refuses bad input naming the field, and a name in use, writing nothing', async () => {
    const units = await unitCount();
    const audit = await auditCount();
    const short = await t.client.as('admin', CREATE_UNIT, {
      input: { name: ' x ', parentId: '999999' },
    });
    expect(codesOf(short)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(short)).toEqual(['name:LENGTH', 'parentId:UNKNOWN_REFERENCE']);
    const badId = await t.client.as('admin', CREATE_UNIT, {
      input: { name: 'Subseksi Baru', parentId: 'abc' },
    });
    expect(fieldsOf(badId)).toEqual(['parentId:INVALID_ID']);
    const taken = await t.client.as('admin', CREATE_UNIT, {
      input: { name: 'seksi trantib', parentId: String(t.org.units.unitA.id) },
    });
    expect(codesOf(taken)).toEqual(['CONFLICT']);
    expect(reasonOf(taken)).toBe('DUPLICATE');
    expect(fieldsOf(taken)).toEqual(['name:DUPLICATE']);
    expect(await unitCount()).toBe(units);
    expect(await auditCount()).toBe(audit);
  });

  it('moves a unit with its subtree: the closure follows and subtree queries find its people under the new parent', async () => {
    const { staffA2 } = t.org.people;
    await t.db.dataSource
      .getRepository(Employee)
      .update(staffA2.id, { unitId: Number(subUnit.id) });
    const inUnit = async (unitId: number) => {
      const result = await t.client.as(
        'admin',
        'query ($unitId: ID!) { employees(filter: { unitId: $unitId }, first: 200) { edges { node { id } } } }',
        { unitId: String(unitId) },
      );
      return (result.data?.employees.edges as { node: { id: string } }[]).map((edge) =>
        Number(edge.node.id),
      );
    };
    expect(await inUnit(t.org.units.unitA.id)).toContain(staffA2.id);
    expect(await inUnit(t.org.units.unitB.id)).not.toContain(staffA2.id);

    for (const viewer of nonHr())
      expect(
        codesOf(
          await t.client.as(viewer, MOVE_UNIT, {
            id: subUnit.id,
            parentId: String(t.org.units.unitB.id),
            version: subUnit.version,
          }),
        ),
      ).toEqual(['FORBIDDEN']);
    const moved = await t.client.as('admin', MOVE_UNIT, {
      id: subUnit.id,
      parentId: String(t.org.units.unitB.id),
      version: subUnit.version,
    });
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.moveOrgUnit).toMatchObject({
      parent: { id: String(t.org.units.unitB.id) },
      version: 2,
    });
    subUnit = moved.data?.moveOrgUnit;
    await expectClosureConsistent();
    expect(await inUnit(t.org.units.unitB.id)).toContain(staffA2.id);
    expect(await inUnit(t.org.units.unitA.id)).not.toContain(staffA2.id);

    // A move that changes depth: the nested unit straight under the root, then back below.
    const up = await t.client.as('admin', MOVE_UNIT, {
      id: archive.id,
      parentId: String(t.org.units.root.id),
      version: archive.version,
    });
    expect(up.data?.moveOrgUnit).toMatchObject({ depth: 1 });
    await expectClosureConsistent();
    const down = await t.client.as('admin', MOVE_UNIT, {
      id: archive.id,
      parentId: subUnit.id,
      version: up.data?.moveOrgUnit.version,
    });
    archive = down.data?.moveOrgUnit;
    expect(archive).toMatchObject({ depth: 3 });
    await expectClosureConsistent();
    const audit = await t.db.dataSource
      .getRepository(AuditLog)
      .findOneOrFail({ where: { action: 'orgUnit.move', entityId: subUnit.id } });
    expect(audit.before).toMatchObject({ parentId: t.org.units.unitA.id });
    expect(audit.after).toMatchObject({ parentId: t.org.units.unitB.id });
  });

  it('refuses to make a cycle, to move the root, and a stale version, changing nothing', async () => {
    const audit = await auditCount();
    const cases: [string, string, string][] = [
      [subUnit.id, archive.id, 'parentId:UNIT_PARENT_IN_SUBTREE'],
      [subUnit.id, subUnit.id, 'parentId:UNIT_PARENT_SELF'],
      [subUnit.id, '999999', 'parentId:UNKNOWN_REFERENCE'],
      [subUnit.id, String(t.org.units.unitB.id), 'parentId:NO_CHANGES'],
    ];
    for (const [id, parentId, problem] of cases) {
      const result = await t.client.as('admin', MOVE_UNIT, {
        id,
        parentId,
        version: subUnit.version,
      });
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(result)).toEqual([problem]);
    }
    const root = await unitRow(t.org.units.root.id);
    const rootMove = await t.client.as('admin', MOVE_UNIT, {
      id: String(root.id),
      parentId: String(t.org.units.unitA.id),
      version: root.version,
    });
    expect(fieldsOf(rootMove)).toEqual(['id:ROOT_UNIT_FIXED']);
    const stale = await t.client.as('admin', MOVE_UNIT, {
      id: subUnit.id,
      parentId: String(t.org.units.unitA.id),
      version: subUnit.version - 1,
    });
    expect(codesOf(stale)).toEqual(['CONFLICT']);
    expect(reasonOf(stale)).toBe('STALE_VERSION');
    const staleRename = await t.client.as('admin', UPDATE_UNIT, {
      id: subUnit.id,
      input: { version: 1, name: 'Nama Lama' },
    });
    expect(reasonOf(staleRename)).toBe('STALE_VERSION');
    expect((await unitRow(subUnit.id)).parentId).toBe(t.org.units.unitB.id);
    expect((await unitRow(subUnit.id)).name).toBe('Subseksi Layanan');
    await expectClosureConsistent();
    expect(await auditCount()).toBe(audit);
  });

  it('renames a unit and sets its head (an active member) by HR only', async () => {
    const unitB = await unitRow(t.org.units.unitB.id);
    for (const viewer of nonHr())
      expect(
        codesOf(
          await t.client.as(viewer, UPDATE_UNIT, {
            id: String(unitB.id),
            input: { version: unitB.version, name: 'Seksi Ketertiban' },
          }),
        ),
      ).toEqual(['FORBIDDEN']);
    const outsider = await t.client.as('admin', UPDATE_UNIT, {
      id: String(unitB.id),
      input: { version: unitB.version, headId: String(t.org.people.staffA1.id) },
    });
    expect(fieldsOf(outsider)).toEqual(['headId:UNIT_HEAD_NOT_MEMBER']);
    const empty = await t.client.as('admin', UPDATE_UNIT, {
      id: String(unitB.id),
      input: { version: unitB.version },
    });
    expect(fieldsOf(empty)).toEqual(['input:NO_CHANGES']);
    const renamed = await t.client.as('admin', UPDATE_UNIT, {
      id: String(unitB.id),
      input: {
        version: unitB.version,
        name: 'Seksi Ketertiban',
        headId: String(t.org.people.staffB1.id),
      },
    });
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data?.updateOrgUnit).toMatchObject({
      name: 'Seksi Ketertiban',
      version: unitB.version + 1,
      head: { id: String(t.org.people.staffB1.id) },
    });
  });

  it('closes a unit only when it has no open sub-unit, no active member and no open position', async () => {
    let sub = await unitRow(subUnit.id);
    const withChildren = await t.client.as('admin', CLOSE_UNIT, {
      id: subUnit.id,
      version: sub.version,
    });
    expect(reasonOf(withChildren)).toBe('UNIT_HAS_OPEN_CHILDREN');
    const closedArchive = await t.client.as('admin', CLOSE_UNIT, {
      id: archive.id,
      version: archive.version,
      reason: 'Perwali 2026',
    });
    expect(closedArchive.errors).toBeUndefined();
    expect(closedArchive.data?.closeOrgUnit.closedAt).not.toBeNull();
    const withPeople = await t.client.as('admin', CLOSE_UNIT, {
      id: subUnit.id,
      version: sub.version,
    });
    expect(codesOf(withPeople)).toEqual(['CONFLICT']);
    expect(reasonOf(withPeople)).toBe('UNIT_HAS_MEMBERS');
    expect(withPeople.errors?.[0].extensions?.count).toBe(1);
    const root = await unitRow(t.org.units.root.id);
    expect(
      reasonOf(
        await t.client.as('admin', CLOSE_UNIT, { id: String(root.id), version: root.version }),
      ),
    ).toBe('ROOT_UNIT_FIXED');

    await t.db.dataSource
      .getRepository(Employee)
      .update(t.org.people.staffA2.id, { unitId: t.org.units.unitA.id });
    const head = await t.client.as('admin', CREATE_POSITION, {
      input: {
        title: 'Kepala Subseksi Layanan',
        level: 'PENGAWAS',
        unitId: subUnit.id,
        isHead: true,
      },
    });
    expect(head.errors).toBeUndefined();
    sub = await unitRow(subUnit.id);
    expect(
      reasonOf(await t.client.as('admin', CLOSE_UNIT, { id: subUnit.id, version: sub.version })),
    ).toBe('UNIT_HAS_OPEN_POSITIONS');
    for (const viewer of nonHr())
      expect(
        codesOf(await t.client.as(viewer, CLOSE_UNIT, { id: subUnit.id, version: sub.version })),
      ).toEqual(['FORBIDDEN']);
    await t.client.as('admin', CLOSE_POSITION, {
      id: head.data?.createPosition.id,
      version: head.data?.createPosition.version,
    });
    const closed = await t.client.as('admin', CLOSE_UNIT, { id: subUnit.id, version: sub.version });
    expect(closed.errors).toBeUndefined();

    // Closed units leave the pickers; history still reaches them.
    const open = await t.client.as('admin', '{ orgUnits { id } }');
    expect(open.data?.orgUnits.map((unit: { id: string }) => unit.id)).not.toContain(subUnit.id);
    const all = await t.client.as('admin', '{ orgUnits(includeClosed: true) { id } }');
    expect(all.data?.orgUnits.map((unit: { id: string }) => unit.id)).toContain(subUnit.id);
    const one = await t.client.as(
      'camat',
      'query ($id: ID!) { orgUnit(id: $id) { name closedAt } }',
      {
        id: subUnit.id,
      },
    );
    expect(one.data?.orgUnit.closedAt).not.toBeNull();
    const again = await t.client.as('admin', UPDATE_UNIT, {
      id: subUnit.id,
      input: { version: sub.version + 1, name: 'Lagi' },
    });
    expect(reasonOf(again)).toBe('UNIT_CLOSED');
    const under = await t.client.as('admin', CREATE_UNIT, {
      input: { name: 'Di Bawah Unit Tutup', parentId: subUnit.id },
    });
    expect(fieldsOf(under)).toEqual(['parentId:UNIT_PARENT_CLOSED']);
    const audit = await t.db.dataSource
      .getRepository(AuditLog)
      .findOneOrFail({ where: { action: 'orgUnit.close', entityId: archive.id } });
    expect(audit.reason).toBe('Perwali 2026');
  });

  it('lets only HR manage positions: one head per unit, versioned, closed only when nobody holds them', async () => {
    const unitA = String(t.org.units.unitA.id);
    for (const viewer of nonHr())
      expect(
        codesOf(
          await t.client.as(viewer, CREATE_POSITION, {
            input: { title: 'Analis Kebijakan', level: 'FUNGSIONAL' },
          }),
        ),
      ).toEqual(['FORBIDDEN']);
    const positions = await t.db.dataSource.getRepository(Position).count();
    const bad = await t.client.as('admin', CREATE_POSITION, {
      input: { title: 'K', level: 'PELAKSANA', isHead: true },
    });
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(bad)).toEqual([
      'title:LENGTH',
      'isHead:HEAD_POSITION_NEEDS_UNIT',
      'level:NOT_ONE_OF',
    ]);
    expect(
      fieldsOf(
        await t.client.as('admin', CREATE_POSITION, {
          input: { title: 'Analis SDM', level: 'FUNGSIONAL', unitId: '999999' },
        }),
      ),
    ).toEqual(['unitId:UNKNOWN_REFERENCE']);
    const duplicate = await t.client.as('admin', CREATE_POSITION, {
      input: { title: 'kepala seksi', level: 'PENGAWAS' },
    });
    expect(reasonOf(duplicate)).toBe('DUPLICATE');
    expect(await t.db.dataSource.getRepository(Position).count()).toBe(positions);

    const head = await t.client.as('admin', CREATE_POSITION, {
      input: { title: 'Kepala Seksi Pelayanan', level: 'PENGAWAS', unitId: unitA, isHead: true },
    });
    expect(head.errors).toBeUndefined();
    expect(head.data?.createPosition).toMatchObject({
      kind: 'STRUKTURAL',
      isHead: true,
      version: 1,
      unit: { id: unitA },
    });
    const second = await t.client.as('admin', CREATE_POSITION, {
      input: { title: 'Kepala Seksi Pelayanan II', level: 'PENGAWAS', unitId: unitA, isHead: true },
    });
    expect(codesOf(second)).toEqual(['CONFLICT']);
    expect(reasonOf(second)).toBe('HEAD_POSITION_TAKEN');

    const staff = await t.client.as('admin', CREATE_POSITION, {
      input: { title: 'Pengolah Data', level: 'PELAKSANA', unitId: unitA },
    });
    const staffId = staff.data?.createPosition.id;
    const promote = await t.client.as('admin', UPDATE_POSITION, {
      id: staffId,
      input: { version: 1, isHead: true, level: 'PENGAWAS' },
    });
    expect(reasonOf(promote)).toBe('HEAD_POSITION_TAKEN');
    const renamed = await t.client.as('admin', UPDATE_POSITION, {
      id: staffId,
      input: { version: 1, title: 'Pengolah Data dan Informasi', level: 'FUNGSIONAL' },
    });
    expect(renamed.data?.updatePosition).toMatchObject({
      title: 'Pengolah Data dan Informasi',
      kind: 'FUNGSIONAL',
      version: 2,
    });
    const stale = await t.client.as('admin', UPDATE_POSITION, {
      id: staffId,
      input: { version: 1, title: 'Lama' },
    });
    expect(codesOf(stale)).toEqual(['CONFLICT']);
    expect(reasonOf(stale)).toBe('STALE_VERSION');
    for (const viewer of nonHr())
      expect(
        codesOf(
          await t.client.as(viewer, UPDATE_POSITION, {
            id: staffId,
            input: { version: 2, title: 'X Y' },
          }),
        ),
      ).toEqual(['FORBIDDEN']);

    const held = t.org.positions.staffPosition;
    const refused = await t.client.as('admin', CLOSE_POSITION, { id: String(held.id), version: 1 });
    expect(codesOf(refused)).toEqual(['CONFLICT']);
    expect(reasonOf(refused)).toBe('POSITION_HELD');
    const closedHead = await t.client.as('admin', CLOSE_POSITION, {
      id: head.data?.createPosition.id,
      version: 1,
    });
    expect(closedHead.data?.closePosition).toMatchObject({ version: 2 });
    expect(closedHead.data?.closePosition.closedAt).not.toBeNull();
    // The unit's head position is free again once the old one is closed.
    const promoted = await t.client.as('admin', UPDATE_POSITION, {
      id: staffId,
      input: { version: 2, isHead: true, level: 'PENGAWAS' },
    });
    expect(promoted.data?.updatePosition).toMatchObject({ isHead: true, version: 3 });

    const listed = await t.client.as('admin', '{ positions { id } }');
    expect(listed.data?.positions.map((p: { id: string }) => p.id)).not.toContain(
      head.data?.createPosition.id,
    );
    const ofUnit = await t.client.as(
      'admin',
      'query ($id: ID!) { orgUnit(id: $id) { positions { title closedAt holderCount } } }',
      { id: unitA },
    );
    expect(ofUnit.data?.orgUnit.positions.map((p: { title: string }) => p.title)).toEqual([
      'Kepala Seksi Pelayanan',
      'Pengolah Data dan Informasi',
    ]);
    const general = await t.client.as(
      'camat',
      '{ positions(withoutUnit: true) { title unit { id } } }',
    );
    expect(general.data?.positions).toEqual([
      { title: 'Camat', unit: null },
      { title: 'Kepala Seksi', unit: null },
      { title: 'Pengadministrasi Umum', unit: null },
    ]);
    const actions = await t.db.dataSource
      .getRepository(AuditLog)
      .find({ where: { entity: 'Position' }, order: { id: 'ASC' } });
    expect(new Set(actions.map((row) => row.action))).toEqual(
      new Set(['position.create', 'position.update', 'position.close']),
    );
  });
});
