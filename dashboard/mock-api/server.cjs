#!/usr/bin/env node
/*
 * A stand-in for the Kinerja API, for dashboard development and browser tests only.
 * It executes the committed SDL (schema/schema.graphql) with in-memory Gayungan-like data and
 * mimics the API's behaviour the dashboard depends on: Bearer tokens, UNAUTHENTICATED (HTTP 401)
 * for bad tokens, FORBIDDEN + retryAfterSeconds after 5 failed logins, and forbidden fields
 * resolving to null with a FORBIDDEN error whose path names the field.
 *
 *   node dashboard/mock-api/server.cjs [--port 4000] [--delay 400]
 */
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { buildSchema, graphql, GraphQLError } = require('graphql');

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dashboard', 'dist');
const PASSWORD = 'gayungan2026';
const MAX_FAILED_LOGINS = 5;
const LOGIN_WINDOW_MS = 15 * 60 * 1000;

const FALLBACK_SDL = `
scalar JSON
enum Role { EMPLOYEE LEADER HR_ADMIN ANALYST }
enum Gender { LAKI_LAKI PEREMPUAN }
enum EmploymentType { PNS PPPK }
enum PositionLevel { JPT ADMINISTRATOR PENGAWAS PELAKSANA FUNGSIONAL }
type Query {
  me: User!
  employees(filter: EmployeeFilter, first: Int = 50, after: String): EmployeeConnection!
  employee(id: ID!): Employee
  orgUnits: [OrgUnit!]!
  orgUnit(id: ID!): OrgUnit
  positions: [Position!]!
}
type Mutation { login(username: String!, password: String!): AuthPayload! }
type AuthPayload { token: String! user: User! }
type User { id: ID! username: String! roles: [Role!]! employee: Employee abilityRules: JSON }
type Employee {
  id: ID! nip: String name: String gender: Gender birthDate: String
  employmentType: EmploymentType rank: String pangkat: String
  position: Position positionLevel: PositionLevel unit: OrgUnit supervisor: Employee
  email: String phone: String active: Boolean version: Int
}
type OrgUnit { id: ID! name: String! depth: Int! parent: OrgUnit children: [OrgUnit!]! head: Employee }
type Position { id: ID! title: String! level: PositionLevel! }
input EmployeeFilter { unitId: ID search: String active: Boolean supervisorId: ID employmentType: EmploymentType }
type EmployeeConnection { edges: [EmployeeEdge!]! pageInfo: PageInfo! totalCount: Int! }
type EmployeeEdge { cursor: String! node: Employee! }
type PageInfo { hasNextPage: Boolean! endCursor: String }
`;

function loadSchema() {
  const file = path.join(ROOT, 'schema', 'schema.graphql');
  try {
    return buildSchema(fs.readFileSync(file, 'utf8'));
  } catch {
    return buildSchema(FALLBACK_SDL);
  }
}

// ---------- Data ----------

const FIRST_NAMES_M = [
  'Agus',
  'Budi',
  'Dedi',
  'Eko',
  'Fajar',
  'Hadi',
  'Imam',
  'Joko',
  'Rudi',
  'Slamet',
  'Teguh',
  'Wahyu',
  'Yusuf',
  'Bambang',
  'Arif',
  'Hendra',
];
const FIRST_NAMES_F = [
  'Ani',
  'Dewi',
  'Endang',
  'Fitri',
  'Indah',
  'Lestari',
  'Nur',
  'Rina',
  'Sri',
  'Wulan',
  'Yuni',
  'Ratna',
  'Siti',
  'Maya',
  'Kartika',
  'Puji',
];
const LAST_NAMES = [
  'Santoso',
  'Wibowo',
  'Prasetyo',
  'Hidayat',
  'Rahayu',
  'Lestari',
  'Susanto',
  'Kurniawan',
  'Wahyuni',
  'Setiawan',
  'Handayani',
  'Purnomo',
  'Suryani',
  'Nugroho',
  'Hartono',
  'Utami',
];
const PNS_RANKS = [
  ['II/a', 'Pengatur Muda'],
  ['II/c', 'Pengatur'],
  ['III/a', 'Penata Muda'],
  ['III/b', 'Penata Muda Tingkat I'],
  ['III/c', 'Penata'],
  ['III/d', 'Penata Tingkat I'],
  ['IV/a', 'Pembina'],
  ['IV/b', 'Pembina Tingkat I'],
];

function buildData() {
  const units = [];
  const addUnit = (name, parent) => {
    const unit = {
      id: String(units.length + 1),
      name,
      depth: parent ? parent.depth + 1 : 0,
      parentId: parent?.id ?? null,
      headId: null,
    };
    units.push(unit);
    return unit;
  };
  const root = addUnit('Kecamatan Gayungan', null);
  const sekretariat = addUnit('Sekretariat Kecamatan', root);
  addUnit('Subbagian Umum dan Kepegawaian', sekretariat);
  addUnit('Subbagian Perencanaan dan Keuangan', sekretariat);
  for (const seksi of [
    'Pemerintahan dan Pelayanan Publik',
    'Ketenteraman dan Ketertiban Umum',
    'Kesejahteraan Rakyat dan Perekonomian',
    'Pemberdayaan Masyarakat dan Pembangunan',
  ]) {
    addUnit(`Seksi ${seksi}`, root);
  }
  for (const kelurahan of ['Gayungan', 'Ketintang', 'Dukuh Menanggal', 'Menanggal']) {
    const unit = addUnit(`Kelurahan ${kelurahan}`, root);
    addUnit(`Sekretariat Kelurahan ${kelurahan}`, unit);
    addUnit(`Seksi Pemerintahan dan Pelayanan Publik Kel. ${kelurahan}`, unit);
  }

  const positions = [];
  const positionFor = (title, level) => {
    let position = positions.find((p) => p.title === title);
    if (!position) positions.push((position = { id: String(positions.length + 1), title, level }));
    return position;
  };

  const employees = [];
  let seq = 0;
  const addEmployee = (unit, title, level, supervisor) => {
    seq += 1;
    const female = seq % 3 === 0;
    const first = (female ? FIRST_NAMES_F : FIRST_NAMES_M)[(seq * 7) % 16];
    const last = LAST_NAMES[(seq * 5 + Math.floor(seq / 16) * 3) % 16];
    const year = 1968 + ((seq * 13) % 30);
    const month = 1 + ((seq * 5) % 12);
    const day = 1 + ((seq * 11) % 28);
    const pppk = seq % 9 === 0;
    const pad = (n, w = 2) => String(n).padStart(w, '0');
    const birth = `${year}${pad(month)}${pad(day)}`;
    const nip = pppk
      ? `${birth}2022${'21'}${female ? 2 : 1}${pad(seq, 3)}`
      : `${birth}${year + 24}${pad(1 + (seq % 12))}${female ? 2 : 1}${pad(seq, 3)}`;
    const [rank, pangkat] = pppk
      ? [['V', 'VII', 'IX'][seq % 3], null]
      : PNS_RANKS[
          Math.min(
            PNS_RANKS.length - 1,
            level === 'JPT'
              ? 7
              : level === 'ADMINISTRATOR'
                ? 6
                : level === 'PENGAWAS'
                  ? 4 + (seq % 2)
                  : seq % 4,
          )
        ];
    const employee = {
      id: String(seq),
      nip,
      name: `${first} ${last}${seq % 4 === 0 ? ', S.AP.' : seq % 5 === 0 ? ', S.Sos.' : ''}`,
      gender: female ? 'PEREMPUAN' : 'LAKI_LAKI',
      birthDate: `${year}-${pad(month)}-${pad(day)}`,
      employmentType: pppk ? 'PPPK' : 'PNS',
      rank,
      pangkat,
      positionId: positionFor(title, level).id,
      unitId: unit.id,
      supervisorId: supervisor?.id ?? null,
      email: `${first}.${last}${seq}@surabaya.go.id`.toLowerCase(),
      phone: `+62 812-3${pad(seq, 3)}-${pad((seq * 37) % 10000, 4)}`,
      active: seq % 17 !== 0,
      version: 1,
    };
    employees.push(employee);
    return employee;
  };

  const camat = addEmployee(root, 'Camat', 'JPT', null);
  root.headId = camat.id;
  const headOf = new Map([[root.id, camat]]);
  for (const unit of units.slice(1)) {
    const parentHead = headOf.get(unit.parentId);
    const isKelurahan = unit.name.startsWith('Kelurahan');
    const title =
      unit.depth === 1
        ? isKelurahan
          ? `Lurah ${unit.name.slice(10)}`
          : unit.name === 'Sekretariat Kecamatan'
            ? 'Sekretaris Kecamatan'
            : `Kepala ${unit.name}`
        : `Kepala ${unit.name}`;
    const head = addEmployee(
      unit,
      title,
      unit.depth === 1 ? 'ADMINISTRATOR' : 'PENGAWAS',
      parentHead,
    );
    unit.headId = head.id;
    headOf.set(unit.id, head);
    const staffCount = unit.depth === 1 && !isKelurahan ? 3 : 2;
    for (let i = 0; i < staffCount; i += 1) {
      const staffTitle = [
        'Pengadministrasi Umum',
        'Pengolah Data',
        'Analis Kebijakan',
        'Pranata Komputer',
      ][(Number(unit.id) + i) % 4];
      addEmployee(
        unit,
        staffTitle,
        staffTitle.startsWith('Analis') || staffTitle.startsWith('Pranata')
          ? 'FUNGSIONAL'
          : 'PELAKSANA',
        head,
      );
    }
  }

  const accounts = [
    { id: 'a-admin', username: 'admin', roles: ['HR_ADMIN'], employeeId: null },
    { id: 'a-camat', username: 'camat', roles: ['EMPLOYEE', 'LEADER'], employeeId: camat.id },
    { id: 'a-analis', username: 'analis', roles: ['ANALYST'], employeeId: null },
    ...employees
      .filter((e) => e.id !== camat.id)
      .map((e) => ({ id: `a-${e.id}`, username: e.nip, roles: ['EMPLOYEE'], employeeId: e.id })),
  ];
  return { units, positions, employees, accounts };
}

// ---------- Permissions (mirrors api/src/platform/authz/abilities.ts) ----------

const DIRECTORY_FIELDS = [
  'id',
  'name',
  'gender',
  'employmentType',
  'rank',
  'pangkat',
  'position',
  'positionLevel',
  'unit',
  'supervisor',
  'active',
];
const PRIVATE_FIELDS = ['birthDate', 'phone', 'email'];
const ANALYST_FIELDS = [
  'id',
  'unit',
  'positionLevel',
  'rank',
  'pangkat',
  'employmentType',
  'gender',
];

function abilityRulesFor(account) {
  const rules = [
    {
      action: 'read',
      subject: 'OrgUnit',
      fields: ['id', 'name', 'depth', 'parent', 'children', 'head'],
    },
    { action: 'read', subject: 'Position', fields: ['id', 'title', 'level'] },
    {
      action: 'read',
      subject: 'User',
      fields: ['id', 'username', 'roles', 'employee', 'abilityRules'],
      conditions: { id: account.id },
    },
  ];
  const self = account.employeeId;
  for (const role of account.roles) {
    if ((role === 'EMPLOYEE' || role === 'LEADER') && self) {
      rules.push({ action: 'read', subject: 'Employee', fields: DIRECTORY_FIELDS });
      rules.push({
        action: 'read',
        subject: 'Employee',
        fields: ['nip', 'version', ...PRIVATE_FIELDS],
        conditions: { id: self },
      });
      rules.push({
        action: 'read',
        subject: 'Employee',
        fields: ['nip'],
        conditions: { supervisorChainIds: self },
      });
    }
    if (role === 'LEADER')
      rules.push({ action: 'read', subject: 'Employee', fields: [...DIRECTORY_FIELDS, 'nip'] });
    if (role === 'LEADER' || role === 'HR_ADMIN')
      rules.push({ action: 'read', subject: 'AuditLog' });
    if (role === 'HR_ADMIN')
      rules.push({
        action: 'read',
        subject: 'Employee',
        fields: [...DIRECTORY_FIELDS, 'nip', 'version', ...PRIVATE_FIELDS],
      });
    if (role === 'ANALYST')
      rules.push({ action: 'read', subject: 'Employee', fields: ANALYST_FIELDS });
  }
  return rules;
}

function createApi({ delayMs = 0 } = {}) {
  const data = buildData();
  const byId = (list, id) => list.find((item) => item.id === String(id)) ?? null;
  const failedLogins = new Map();

  const supervisorChain = (employee) => {
    const chain = [];
    let current = employee;
    while (current?.supervisorId) {
      chain.push(current.supervisorId);
      current = byId(data.employees, current.supervisorId);
    }
    return chain;
  };
  const subtreeIds = (unitId) => {
    const ids = new Set([String(unitId)]);
    for (const unit of data.units) if (unit.parentId && ids.has(unit.parentId)) ids.add(unit.id);
    return ids;
  };

  const canReadEmployeeField = (viewer, employee, field) => {
    const { roles, employeeId } = viewer;
    if (roles.includes('HR_ADMIN')) return true;
    const self = employeeId && employee.id === employeeId;
    if (roles.includes('EMPLOYEE') || roles.includes('LEADER')) {
      if (employeeId && DIRECTORY_FIELDS.includes(field)) return true;
      if (self && ['nip', 'version', ...PRIVATE_FIELDS].includes(field)) return true;
      if (
        field === 'nip' &&
        (roles.includes('LEADER') || supervisorChain(employee).includes(employeeId))
      )
        return true;
    }
    if (roles.includes('ANALYST') && ANALYST_FIELDS.includes(field)) return true;
    return false;
  };

  const forbiddenField = (field) =>
    new GraphQLError(`You may not read Employee.${field}`, { extensions: { code: 'FORBIDDEN' } });

  class EmployeeNode {
    constructor(row, viewer) {
      this.row = row;
      this.viewer = viewer;
      this.id = row.id;
      const guard = (field, value) => () => {
        if (!canReadEmployeeField(viewer, row, field)) throw forbiddenField(field);
        return value();
      };
      for (const field of [
        'nip',
        'name',
        'gender',
        'birthDate',
        'employmentType',
        'rank',
        'pangkat',
        'email',
        'phone',
        'active',
        'version',
      ]) {
        this[field] = guard(field, () => row[field]);
      }
      const position = byId(data.positions, row.positionId);
      this.position = guard('position', () => position);
      this.positionLevel = guard('positionLevel', () => position?.level ?? null);
      this.unit = guard('unit', () => unitNode(byId(data.units, row.unitId), viewer));
      this.supervisor = guard('supervisor', () =>
        row.supervisorId ? new EmployeeNode(byId(data.employees, row.supervisorId), viewer) : null,
      );
    }
  }

  const unitNode = (unit, viewer) =>
    unit && {
      ...unit,
      parent: () => unitNode(byId(data.units, unit.parentId), viewer),
      children: () =>
        data.units.filter((u) => u.parentId === unit.id).map((u) => unitNode(u, viewer)),
      head: () =>
        unit.headId ? new EmployeeNode(byId(data.employees, unit.headId), viewer) : null,
    };

  const userNode = (account) => ({
    id: account.id,
    username: account.username,
    roles: account.roles,
    isSupervisor: () =>
      data.employees.some((e) => e.supervisorId === account.employeeId && e.active),
    abilityRules: abilityRulesFor(account),
    employee: () =>
      account.employeeId
        ? new EmployeeNode(byId(data.employees, account.employeeId), viewerOf(account))
        : null,
  });
  const viewerOf = (account) => ({
    accountId: account.id,
    roles: account.roles,
    employeeId: account.employeeId,
  });

  const unauthenticated = (message) =>
    new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
  const requireViewer = (context) => {
    if (!context.viewer) throw unauthenticated('Log in first');
    return context.viewer;
  };

  const root = {
    login: ({ username, password }) => {
      const key = username.trim().toLowerCase();
      const now = Date.now();
      const failures = (failedLogins.get(key) ?? []).filter((time) => now - time < LOGIN_WINDOW_MS);
      if (failures.length >= MAX_FAILED_LOGINS) {
        const retryAfterSeconds = Math.max(
          1,
          Math.ceil((failures[0] + LOGIN_WINDOW_MS - now) / 1000),
        );
        throw new GraphQLError('Too many failed logins', {
          extensions: { code: 'FORBIDDEN', reason: 'RATE_LIMITED', retryAfterSeconds },
        });
      }
      const account = data.accounts.find((a) => a.username === key);
      if (!account || password !== PASSWORD) {
        failedLogins.set(key, [...failures, now]);
        throw unauthenticated('Wrong username/NIP or password');
      }
      failedLogins.delete(key);
      return { token: `mock-${account.id}`, user: userNode(account) };
    },
    me: (_args, context) => {
      const viewer = requireViewer(context);
      return userNode(data.accounts.find((a) => a.id === viewer.accountId));
    },
    employees: ({ filter = {}, first = 50, after }, context) => {
      const viewer = requireViewer(context);
      if (!viewer.roles.length)
        throw new GraphQLError('You may not read employees', { extensions: { code: 'FORBIDDEN' } });
      let rows = data.employees;
      if (filter.unitId) {
        const ids = subtreeIds(filter.unitId);
        rows = rows.filter((e) => ids.has(e.unitId));
      }
      if (filter.active !== undefined && filter.active !== null)
        rows = rows.filter((e) => e.active === filter.active);
      if (filter.supervisorId)
        rows = rows.filter((e) => e.supervisorId === String(filter.supervisorId));
      if (filter.employmentType)
        rows = rows.filter((e) => e.employmentType === filter.employmentType);
      if (filter.search && filter.search.trim()) {
        const term = filter.search.trim().toLowerCase();
        rows = rows.filter(
          (e) =>
            (canReadEmployeeField(viewer, e, 'name') && e.name.toLowerCase().includes(term)) ||
            (canReadEmployeeField(viewer, e, 'nip') && e.nip.startsWith(term)),
        );
      }
      rows = [...rows].sort((a, b) => a.name.localeCompare(b.name, 'id'));
      const size = Math.min(Math.max(first ?? 50, 1), 200);
      const start = after
        ? Number(Buffer.from(after, 'base64').toString('utf8').split(':')[1]) + 1
        : 0;
      const page = rows.slice(start, start + size);
      const cursor = (index) => Buffer.from(`offset:${index}`).toString('base64');
      return {
        totalCount: rows.length,
        edges: page.map((row, i) => ({
          cursor: cursor(start + i),
          node: new EmployeeNode(row, viewer),
        })),
        pageInfo: {
          hasNextPage: start + size < rows.length,
          endCursor: page.length ? cursor(start + page.length - 1) : null,
        },
      };
    },
    employee: ({ id }, context) => {
      const viewer = requireViewer(context);
      const row = byId(data.employees, id);
      if (!row)
        throw new GraphQLError(`Employee ${id} does not exist`, {
          extensions: { code: 'NOT_FOUND' },
        });
      return new EmployeeNode(row, viewer);
    },
    orgUnits: (_args, context) => {
      const viewer = requireViewer(context);
      const ordered = [];
      const visit = (parentId) => {
        for (const unit of data.units.filter((u) => u.parentId === parentId)) {
          ordered.push(unitNode(unit, viewer));
          visit(unit.id);
        }
      };
      visit(null);
      return ordered;
    },
    orgUnit: ({ id }, context) => unitNode(byId(data.units, id), requireViewer(context)),
    positions: (_args, context) => (requireViewer(context), data.positions),
  };

  return { data, root, delayMs, viewerOf };
}

// ---------- HTTP ----------

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

function startMockServer({ port = 0, delayMs = 0, distDir = DIST } = {}) {
  const schema = loadSchema();
  const api = createApi({ delayMs });
  const sendJson = (res, status, body) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/graphql') {
      if (
        req.method !== 'POST' ||
        !String(req.headers['content-type']).includes('application/json')
      ) {
        return sendJson(res, 400, {
          errors: [
            {
              message: 'POST application/json only (CSRF prevention)',
              extensions: { code: 'BAD_REQUEST' },
            },
          ],
        });
      }
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', async () => {
        let request;
        try {
          request = JSON.parse(body);
        } catch {
          return sendJson(res, 400, {
            errors: [{ message: 'Invalid JSON', extensions: { code: 'BAD_REQUEST' } }],
          });
        }
        const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
        let viewer = null;
        if (req.headers.authorization) {
          const account = match && api.data.accounts.find((a) => `mock-${a.id}` === match[1]);
          if (!account)
            return sendJson(res, 401, {
              errors: [{ message: 'Invalid token', extensions: { code: 'UNAUTHENTICATED' } }],
            });
          viewer = api.viewerOf(account);
        }
        if (api.delayMs) await new Promise((resolve) => setTimeout(resolve, api.delayMs));
        const result = await graphql({
          schema,
          source: request.query,
          rootValue: api.root,
          contextValue: { viewer },
          variableValues: request.variables,
          operationName: request.operationName,
        });
        sendJson(res, 200, {
          ...(result.data !== undefined ? { data: result.data } : {}),
          ...(result.errors
            ? {
                errors: result.errors.map((error) => ({
                  message: error.message,
                  path: error.path,
                  extensions: { code: 'INTERNAL_SERVER_ERROR', ...error.extensions },
                })),
              }
            : {}),
        });
      });
      return;
    }
    // Static files with a single-page-app fallback.
    const file = path.join(distDir, path.normalize(url.pathname).replace(/^([/\\])+/, ''));
    const target =
      file.startsWith(distDir) && fs.existsSync(file) && fs.statSync(file).isFile()
        ? file
        : path.join(distDir, 'index.html');
    fs.readFile(target, (error, content) => {
      if (error) {
        res.writeHead(503, { 'content-type': 'text/plain' });
        return res.end('dashboard/dist is not built: npm run build -w dashboard');
      }
      res.writeHead(200, {
        'content-type': MIME[path.extname(target)] ?? 'application/octet-stream',
      });
      res.end(content);
    });
  });

  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}`;
      resolve({
        url,
        data: api.data,
        stop: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
        /** NIP of an employee who supervises nobody (so colleagues' NIPs stay hidden from them). */
        employeeNip: async () => {
          const supervisors = new Set(api.data.employees.map((e) => e.supervisorId));
          return api.data.employees.find(
            (e) => e.active && !supervisors.has(e.id) && e.employmentType === 'PNS',
          ).nip;
        },
      });
    });
  });
}

module.exports = { startMockServer };

if (require.main === module) {
  const arg = (name, fallback) => {
    const index = process.argv.indexOf(`--${name}`);
    return index > -1 ? Number(process.argv[index + 1]) : fallback;
  };
  startMockServer({ port: arg('port', 4000), delayMs: arg('delay', 0) }).then(
    ({ url, employeeNip }) =>
      employeeNip().then((nip) =>
        console.log(
          `Mock Kinerja API at ${url} (try admin / camat / analis / ${nip}, password ${PASSWORD})`,
        ),
      ),
  );
}
