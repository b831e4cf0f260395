import { GAYUNGAN_FACTS, type GayunganFacts, type UnitFact } from '../api/src/domain-data';
import { EmploymentType, Gender, PositionLevel } from '../api/src/modules/org/org.enums';
import { buildNip } from '../api/src/modules/org/utils/nip.util';
import { ranksBetween } from '../api/src/modules/org/utils/rank.util';
import { DEGREES, FAMILY_NAMES, GIVEN_NAMES, PHONE_PREFIXES, SINGLE_NAMES } from './names.data';
import { createRandom, type Random } from './prng.util';

// The Gayungan demo as plain data: which units, positions and people, and who reports to whom.
// Pure and deterministic (seeded PRNG), so tests and the writer agree without a database.

export type DemoUnitPlan = {
  name: string;
  parentName: string | null;
  depth: number;
  sortOrder: number;
  headKey: string;
};

export type DemoPositionPlan = { title: string; level: PositionLevel };

export type DemoEmployeePlan = {
  key: string;
  name: string;
  gender: Gender;
  birthDate: string;
  employmentType: EmploymentType;
  rank: string;
  nip: string;
  positionTitle: string;
  unitName: string;
  supervisorKey: string | null;
  email: string;
  phone: string;
  active: boolean;
};

export type DemoPlan = {
  rootUnitName: string;
  camatKey: string;
  units: DemoUnitPlan[];
  positions: DemoPositionPlan[];
  /** Supervisors always come before the people they supervise. */
  employees: DemoEmployeePlan[];
};

type Education = keyof typeof DEGREES | 'none';
type RankBand = { lowest: string; highest: string };
type PositionSpec = {
  level: PositionLevel;
  pns: RankBand;
  pppk?: RankBand;
  education: readonly Education[];
};

export const DEMO_SEED = 0x6a79_2026;
export const EMAIL_DOMAIN = 'surabaya.go.id';
/** No appointment later than this, so the demo never depends on today's date. */
const LATEST_APPOINTMENT_YEAR = 2024;
const KELURAHAN_PREFIX = 'Kelurahan ';
const KELURAHAN_SECTION_UNIT_PREFIX = 'Seksi ';

const band = (lowest: string, highest: string): RankBand => ({ lowest, highest });
const { PELAKSANA, FUNGSIONAL, PENGAWAS, ADMINISTRATOR } = PositionLevel;

/** Staff positions (shared titles); PPPK may hold only these, never a structural post. */
export const STAFF_POSITIONS: Record<string, PositionSpec> = {
  'Pengadministrasi Perkantoran': {
    level: PELAKSANA,
    pns: band('II/a', 'II/d'),
    pppk: band('V', 'V'),
    education: ['none', 'diploma'],
  },
  'Operator Layanan Operasional': {
    level: PELAKSANA,
    pns: band('II/a', 'II/c'),
    pppk: band('V', 'V'),
    education: ['none', 'diploma'],
  },
  'Pengelola Layanan Operasional': {
    level: PELAKSANA,
    pns: band('II/b', 'III/a'),
    pppk: band('V', 'VII'),
    education: ['diploma', 'bachelor'],
  },
  'Pengolah Data dan Informasi': {
    level: PELAKSANA,
    pns: band('II/c', 'III/a'),
    pppk: band('VII', 'VII'),
    education: ['diploma', 'bachelor'],
  },
  'Penata Layanan Operasional': {
    level: PELAKSANA,
    pns: band('III/a', 'III/b'),
    pppk: band('IX', 'IX'),
    education: ['bachelor'],
  },
  'Pengelola Keuangan': {
    level: PELAKSANA,
    pns: band('II/c', 'III/b'),
    pppk: band('VII', 'IX'),
    education: ['diploma', 'bachelor'],
  },
  'Analis Kebijakan Ahli Muda': {
    level: FUNGSIONAL,
    pns: band('III/c', 'III/d'),
    pppk: band('XI', 'XI'),
    education: ['master'],
  },
  'Analis Sumber Daya Manusia Aparatur Ahli Pertama': {
    level: FUNGSIONAL,
    pns: band('III/a', 'III/b'),
    pppk: band('IX', 'IX'),
    education: ['bachelor'],
  },
  'Analis Keuangan Pusat dan Daerah Ahli Pertama': {
    level: FUNGSIONAL,
    pns: band('III/a', 'III/b'),
    pppk: band('IX', 'IX'),
    education: ['bachelor'],
  },
  'Perencana Ahli Pertama': {
    level: FUNGSIONAL,
    pns: band('III/a', 'III/b'),
    pppk: band('IX', 'IX'),
    education: ['bachelor'],
  },
  'Pranata Komputer Ahli Pertama': {
    level: FUNGSIONAL,
    pns: band('III/a', 'III/b'),
    pppk: band('IX', 'IX'),
    education: ['bachelor'],
  },
  'Penggerak Swadaya Masyarakat Ahli Pertama': {
    level: FUNGSIONAL,
    pns: band('III/a', 'III/b'),
    pppk: band('IX', 'IX'),
    education: ['bachelor'],
  },
  'Arsiparis Terampil': {
    level: FUNGSIONAL,
    pns: band('II/b', 'II/d'),
    pppk: band('VII', 'VII'),
    education: ['diploma'],
  },
  'Polisi Pamong Praja Terampil': {
    level: FUNGSIONAL,
    pns: band('II/b', 'II/d'),
    pppk: band('VII', 'VII'),
    education: ['none', 'diploma'],
  },
};

// Structural posts (Camat is administrator level in a kota; Sekcam and Lurah too, one step lower).
const CAMAT: PositionSpec = {
  level: ADMINISTRATOR,
  pns: band('IV/b', 'IV/c'),
  education: ['master'],
};
const UNIT_ADMINISTRATOR: PositionSpec = {
  level: ADMINISTRATOR,
  pns: band('III/d', 'IV/a'),
  education: ['master'],
};
const UNIT_SUPERVISOR: PositionSpec = {
  level: PENGAWAS,
  pns: band('III/c', 'III/d'),
  education: ['bachelor', 'bachelor', 'master'],
};

type StaffSlot = { title: keyof typeof STAFF_POSITIONS; pppk?: boolean; inactive?: boolean };
const slot = (
  title: keyof typeof STAFF_POSITIONS,
  flags: Omit<StaffSlot, 'title'> = {},
): StaffSlot => ({ title, ...flags });

/** Staff of each kecamatan unit, in order (the first active one of a seksi is its "aStaff"). */
const KECAMATAN_STAFFING: Record<string, StaffSlot[]> = {
  'Kecamatan Gayungan': [slot('Analis Kebijakan Ahli Muda')],
  'Subbagian Umum dan Kepegawaian': [
    slot('Analis Sumber Daya Manusia Aparatur Ahli Pertama'),
    slot('Pengadministrasi Perkantoran'),
    slot('Arsiparis Terampil', { pppk: true }),
    slot('Pranata Komputer Ahli Pertama', { pppk: true }),
  ],
  'Subbagian Perencanaan dan Keuangan': [
    slot('Perencana Ahli Pertama'),
    slot('Pengelola Keuangan'),
    slot('Analis Keuangan Pusat dan Daerah Ahli Pertama', { pppk: true }),
  ],
  'Seksi Pemerintahan dan Pelayanan Publik': [
    slot('Penata Layanan Operasional'),
    slot('Pengolah Data dan Informasi'),
    slot('Operator Layanan Operasional', { pppk: true }),
    slot('Pengadministrasi Perkantoran'),
  ],
  'Seksi Ketenteraman dan Ketertiban Umum': [
    slot('Polisi Pamong Praja Terampil'),
    slot('Polisi Pamong Praja Terampil', { pppk: true }),
    slot('Pengelola Layanan Operasional'),
    slot('Operator Layanan Operasional', { inactive: true }),
  ],
  'Seksi Kesejahteraan Rakyat dan Perekonomian': [
    slot('Pengolah Data dan Informasi'),
    slot('Pengelola Layanan Operasional', { pppk: true }),
    slot('Pengadministrasi Perkantoran'),
  ],
  'Seksi Pemberdayaan Masyarakat dan Pembangunan': [
    slot('Penggerak Swadaya Masyarakat Ahli Pertama'),
    slot('Penata Layanan Operasional'),
    slot('Operator Layanan Operasional'),
  ],
};

/** Staff of the n-th kelurahan: its own office (under the Sekretaris Kelurahan) and each seksi. */
function kelurahanStaffing(
  kelurahanIndex: number,
  isLast: boolean,
): { office: StaffSlot[]; bySection: Record<string, StaffSlot[]> } {
  const even = kelurahanIndex % 2 === 0;
  return {
    office: [slot('Pengadministrasi Perkantoran')],
    bySection: {
      'Seksi Pemerintahan dan Pelayanan Publik': [
        slot('Penata Layanan Operasional'),
        slot('Operator Layanan Operasional', { pppk: even }),
      ],
      'Seksi Ketenteraman dan Ketertiban Umum': [
        slot('Pengelola Layanan Operasional'),
        slot('Operator Layanan Operasional', { pppk: !even }),
      ],
      'Seksi Kesejahteraan Rakyat dan Perekonomian': [
        slot('Pengolah Data dan Informasi'),
        slot('Pengadministrasi Perkantoran', { pppk: !even, inactive: isLast }),
      ],
    },
  };
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** Builds people one at a time, keeping names, NIPs, emails and phones unique. */
class PeopleFactory {
  private readonly names = new Set<string>();
  private readonly nips = new Set<string>();
  private readonly emails = new Set<string>();
  private readonly phones = new Set<string>();

  constructor(private readonly random: Random) {}

  person({
    key,
    spec,
    employmentType,
    birthYears,
    positionTitle,
    unitName,
    supervisorKey,
    active = true,
  }: {
    key: string;
    spec: PositionSpec;
    employmentType: EmploymentType;
    birthYears: [number, number];
    positionTitle: string;
    unitName: string;
    supervisorKey: string | null;
    active?: boolean;
  }): DemoEmployeePlan {
    const { random } = this;
    const gender = random.chance(0.5) ? Gender.LAKI_LAKI : Gender.PEREMPUAN;
    const birthYear = random.int(birthYears[0], birthYears[1]);
    const birthDate = `${birthYear}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
    const bareName = this.uniqueName(gender, birthYear);
    const education = random.pick(spec.education);
    const name =
      education === 'none' ? bareName : `${bareName}, ${random.pick(DEGREES[education])}`;

    const appointmentYear =
      employmentType === EmploymentType.PNS
        ? Math.min(birthYear + random.int(22, 28), LATEST_APPOINTMENT_YEAR)
        : random.int(2021, LATEST_APPOINTMENT_YEAR);
    const appointment =
      employmentType === EmploymentType.PNS
        ? `${appointmentYear}-${pad(random.int(1, 12))}`
        : String(appointmentYear);

    const rankBand = employmentType === EmploymentType.PPPK ? spec.pppk : spec.pns;
    if (!rankBand) throw new Error(`${positionTitle} cannot be held by a ${employmentType}`);
    // Longer service sits higher in the position's band, as promotions would have placed it.
    const ranks = ranksBetween({ employmentType, ...rankBand });
    const seniority = Math.min(1, (LATEST_APPOINTMENT_YEAR - appointmentYear) / 20);
    const rank = ranks[Math.round(seniority * (ranks.length - 1))];
    let sequence = random.int(1, 999);
    let nip = buildNip({ birthDate, appointment, gender, sequence, employmentType });
    while (this.nips.has(nip)) {
      sequence = (sequence % 999) + 1;
      nip = buildNip({ birthDate, appointment, gender, sequence, employmentType });
    }
    this.nips.add(nip);

    return {
      key,
      name,
      gender,
      birthDate,
      employmentType,
      rank,
      nip,
      positionTitle,
      unitName,
      supervisorKey,
      email: this.uniqueEmail(bareName),
      phone: this.uniquePhone(),
      active,
    };
  }

  private uniqueName(gender: Gender, birthYear: number): string {
    const { random } = this;
    for (;;) {
      const name =
        birthYear < 1980 && random.chance(0.15)
          ? random.pick(SINGLE_NAMES[gender])
          : `${random.pick(GIVEN_NAMES[gender])} ${random.pick(FAMILY_NAMES[gender])}`;
      if (!this.names.has(name)) {
        this.names.add(name);
        return name;
      }
    }
  }

  private uniqueEmail(bareName: string): string {
    const local = bareName
      .toLowerCase()
      .replace(/[^a-z ]/g, '')
      .trim()
      .replace(/\s+/g, '.');
    for (let suffix = 1; ; suffix += 1) {
      const email = `${local}${suffix === 1 ? '' : suffix}@${EMAIL_DOMAIN}`;
      if (!this.emails.has(email)) {
        this.emails.add(email);
        return email;
      }
    }
  }

  private uniquePhone(): string {
    for (;;) {
      const phone = `${this.random.pick(PHONE_PREFIXES)}${pad(this.random.int(0, 99_999_999), 8)}`;
      if (!this.phones.has(phone)) {
        this.phones.add(phone);
        return phone;
      }
    }
  }
}

/** The whole demo organisation, the same on every call. */
export function planGayunganDemo(facts: GayunganFacts = GAYUNGAN_FACTS): DemoPlan {
  const random = createRandom(DEMO_SEED);
  const people = new PeopleFactory(random);
  const units: DemoUnitPlan[] = [];
  const positions = new Map<string, PositionLevel>();
  const heads: DemoEmployeePlan[] = [];
  const staff: DemoEmployeePlan[] = [];
  const headKeyOf = (unitName: string) => `head:${unitName}`;
  const { PNS, PPPK } = EmploymentType;

  const addPosition = (title: string, level: PositionLevel) => {
    if (positions.has(title) && positions.get(title) !== level)
      throw new Error(`Position ${title} has two levels`);
    positions.set(title, level);
  };

  const addStaff = (unitName: string, slots: StaffSlot[], supervisorKey: string) => {
    if (!units.some((unit) => unit.name === unitName))
      throw new Error(`Staffing names unknown unit ${unitName}`);
    slots.forEach((staffSlot, index) => {
      const spec = STAFF_POSITIONS[staffSlot.title];
      addPosition(staffSlot.title, spec.level);
      const employmentType = staffSlot.pppk ? PPPK : PNS;
      staff.push(
        people.person({
          key: `staff:${unitName}:${index + 1}`,
          spec,
          employmentType,
          birthYears: employmentType === PPPK ? [1978, 1996] : [1974, 1997],
          positionTitle: staffSlot.title,
          unitName,
          supervisorKey,
          active: !staffSlot.inactive,
        }),
      );
    });
  };

  const addUnit = ({
    name,
    parentName,
    depth,
    sortOrder,
    headTitle,
    headSpec,
  }: {
    name: string;
    parentName: string | null;
    depth: number;
    sortOrder: number;
    headTitle: string;
    headSpec: PositionSpec;
  }) => {
    if (units.some((unit) => unit.name === name))
      throw new Error(`Unit name ${name} is not unique`);
    units.push({ name, parentName, depth, sortOrder, headKey: headKeyOf(name) });
    addPosition(headTitle, headSpec.level);
    const birthYears: [number, number] =
      headSpec === CAMAT
        ? [1971, 1976]
        : headSpec.level === ADMINISTRATOR
          ? [1970, 1981]
          : [1972, 1987];
    heads.push(
      people.person({
        key: headKeyOf(name),
        spec: headSpec,
        employmentType: PNS,
        birthYears,
        positionTitle: headTitle,
        unitName: name,
        supervisorKey: parentName === null ? null : headKeyOf(parentName),
      }),
    );
  };

  const root = facts.root.name;
  addUnit({
    name: root,
    parentName: null,
    depth: 0,
    sortOrder: 0,
    headTitle: facts.root.head,
    headSpec: CAMAT,
  });

  // Breadth first, so every head is planned after the head of the parent unit.
  const queue: { unit: UnitFact; parentName: string; depth: number; sortOrder: number }[] =
    facts.units.map((unit, index) => ({ unit, parentName: root, depth: 1, sortOrder: index }));
  const kelurahan: string[] = [];
  while (queue.length > 0) {
    const { unit, parentName, depth, sortOrder } = queue.shift()!;
    const isKelurahan = unit.name.startsWith(KELURAHAN_PREFIX);
    const hasSubUnits = isKelurahan || (unit.children?.length ?? 0) > 0;
    addUnit({
      name: unit.name,
      parentName,
      depth,
      sortOrder,
      headTitle: unit.head,
      headSpec: hasSubUnits ? UNIT_ADMINISTRATOR : UNIT_SUPERVISOR,
    });
    (unit.children ?? []).forEach((child, index) =>
      queue.push({ unit: child, parentName: unit.name, depth: depth + 1, sortOrder: index }),
    );
    if (isKelurahan) kelurahan.push(unit.name);
  }

  // Each kelurahan: a Sekretaris Kelurahan (a post in the kelurahan itself) and one unit per seksi.
  const kelurahanSeksi = facts.kelurahanSections.filter((section) =>
    section.startsWith(KELURAHAN_SECTION_UNIT_PREFIX),
  );
  const kelurahanPosts = facts.kelurahanSections.filter(
    (section) => !section.startsWith(KELURAHAN_SECTION_UNIT_PREFIX),
  );
  const kelurahanUnits = units.filter((unit) => kelurahan.includes(unit.name));
  kelurahanUnits.forEach((unit) => {
    const place = unit.name.slice(KELURAHAN_PREFIX.length);
    kelurahanSeksi.forEach((section, index) =>
      addUnit({
        name: `${section} ${unit.name}`,
        parentName: unit.name,
        depth: unit.depth + 1,
        sortOrder: index,
        headTitle: `Kepala ${section} ${unit.name}`,
        headSpec: UNIT_SUPERVISOR,
      }),
    );
    kelurahanPosts.forEach((post) => {
      const title = `${post} ${place}`;
      addPosition(title, UNIT_SUPERVISOR.level);
      heads.push(
        people.person({
          key: `post:${title}`,
          spec: UNIT_SUPERVISOR,
          employmentType: PNS,
          birthYears: [1972, 1987],
          positionTitle: title,
          unitName: unit.name,
          supervisorKey: headKeyOf(unit.name),
        }),
      );
    });
  });

  for (const [unitName, slots] of Object.entries(KECAMATAN_STAFFING)) {
    addStaff(unitName, slots, headKeyOf(unitName));
  }
  kelurahan.forEach((unitName, index) => {
    const { office, bySection } = kelurahanStaffing(index, index === kelurahan.length - 1);
    const place = unitName.slice(KELURAHAN_PREFIX.length);
    // The kelurahan office staff work under the Sekretaris Kelurahan when there is one.
    const secretary =
      kelurahanPosts.length > 0 ? `post:${kelurahanPosts[0]} ${place}` : headKeyOf(unitName);
    addStaff(unitName, office, secretary);
    for (const [section, slots] of Object.entries(bySection)) {
      addStaff(`${section} ${unitName}`, slots, headKeyOf(`${section} ${unitName}`));
    }
  });

  return {
    rootUnitName: root,
    camatKey: headKeyOf(root),
    units,
    positions: [...positions].map(([title, level]) => ({ title, level })),
    employees: [...heads, ...staff],
  };
}
