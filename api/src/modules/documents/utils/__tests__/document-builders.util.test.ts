import * as fontkit from 'fontkit';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_FILES } from '../../pdf-renderer';
import type {
  EvaluationDocumentModel,
  OrganizationPredicateDocumentModel,
  PersonBlock,
  SkpDocumentModel,
} from '../../document.model';
import {
  formatIndonesianDate,
  formatNumber,
  formatPercent,
  labelOf,
  textOf,
} from '../document-layout.util';
import { buildEvaluationDocument, matrixTable } from '../evaluation-document.util';
import { buildOrganizationPredicateDocument } from '../organization-predicate-document.util';
import { buildSkpDocument, isDraftSkp, targetText } from '../skp-document.util';

const agency = {
  government: 'Pemerintah Kota Surabaya',
  kecamatan: 'Kecamatan Gayungan',
  place: 'Surabaya',
};
const person = (name: string, nip: string, rank = 'III/a'): PersonBlock => ({
  name,
  nip,
  rank,
  pangkat: rank === 'III/a' ? 'Penata Muda' : null,
  position: 'Pengadministrasi Umum',
  unit: 'Seksi Pemerintahan',
});
const staff = person('Dewi Lestari', '199001012015032001');
const kasi = person('Bambang Sutrisno', '198001012005011002', 'III/d');
const camat = person('Hadi Wijaya', '197001011995031003', 'IV/b');

const skp = (overrides: Partial<SkpDocumentModel> = {}): SkpDocumentModel => ({
  agency,
  year: 2026,
  approach: 'KUANTITATIF',
  status: 'APPROVED',
  employee: staff,
  evaluator: kasi,
  workTargets: [
    {
      kind: 'UTAMA',
      description: 'Tersusunnya laporan kependudukan',
      intervenedTarget: 'Meningkatnya kualitas pelayanan administrasi',
      indicators: [
        {
          aspect: 'KUANTITAS',
          description: 'Jumlah laporan',
          kind: 'KUANTITATIF',
          target: 12,
          unit: 'laporan',
          narrativeTarget: null,
          quarterTargets: [3, 3, 3, 3],
        },
        {
          aspect: 'KUALITAS',
          description: 'Kualitas layanan warga',
          kind: 'KUALITATIF',
          target: null,
          unit: '-',
          narrativeTarget: 'Layanan tanpa keluhan berulang',
          quarterTargets: null,
        },
      ],
    },
    {
      kind: 'TAMBAHAN',
      description: 'Membantu panitia Musrenbang',
      intervenedTarget: null,
      indicators: [],
    },
  ],
  behaviors: [
    {
      name: 'Berorientasi Pelayanan',
      guides: ['Ramah, cekatan'],
      specificExpectation: 'Menjawab aduan ≤ 1 hari',
    },
  ],
  annex: {
    resourceSupport: 'Ruang arsip',
    accountabilityScheme: 'Laporan bulanan',
    consequences: null,
  },
  signedOn: '2026-01-15',
  ...overrides,
});

const evaluation = (overrides: Partial<EvaluationDocumentModel> = {}): EvaluationDocumentModel => ({
  agency,
  year: 2026,
  period: 'TW3',
  status: 'FINAL',
  employee: staff,
  evaluator: kasi,
  evaluatorSupervisor: camat,
  organizationPredicate: 'BAIK',
  organizationUnit: 'Seksi Pemerintahan',
  achievement: 97.456,
  resultRating: 'SESUAI_EKSPEKTASI',
  behaviorRating: 'DI_ATAS_EKSPEKTASI',
  predicate: 'BAIK',
  summary: 'Konsisten dan teliti',
  feedback: [{ subject: 'Akuntabel', rating: 'DI_ATAS_EKSPEKTASI', text: 'Selalu tepat waktu' }],
  developmentRecommendations: ['Pelatihan Pelayanan Prima (12 JP, direncanakan)'],
  revision: null,
  supersededOn: null,
  objectionDecided: false,
  signedOn: '2026-10-05',
  ...overrides,
});

const joined = (content: unknown) => textOf(content).join('\n');

describe('layout helpers', () => {
  it.each([
    ['2026-03-05', '5 Maret 2026'],
    ['2026-12-31', '31 Desember 2026'],
    ['2026-01-01T00:00:00Z', '1 Januari 2026'],
    ['2026-13-01', '2026-13-01'],
    ['kemarin', 'kemarin'],
  ])('formats %s as %s', (date, expected) => expect(formatIndonesianDate(date)).toBe(expected));

  it.each([
    [1500, '1.500'],
    [2.5, '2,5'],
    [1234567.891, '1.234.567,89'],
    [0, '0'],
  ])('formats the number %s as %s', (value, expected) =>
    expect(formatNumber(value)).toBe(expected),
  );

  it.each([
    [97.456, '97,46 %'],
    [120, '120,00 %'],
    [null, 'belum dilaporkan'],
  ])('formats the achievement %s as %s', (value, expected) =>
    expect(formatPercent(value)).toBe(expected),
  );

  it.each([
    ['KURANG', 'Kurang/Misconduct'],
    ['ANNUAL', 'Akhir'],
    ['TW3', 'Triwulan III'],
    ['SOMETHING_NEW', 'SOMETHING_NEW'],
    [null, '–'],
  ])('labels %s as %s', (value, expected) => expect(labelOf(value)).toBe(expected));
});

describe('SKP', () => {
  it.each([
    ['DRAFT', true],
    ['RETURNED', true],
    ['SUBMITTED', false],
    ['APPROVED', false],
  ] as const)('a %s plan has the DRAFT watermark: %s', (status, draft) => {
    expect(isDraftSkp(status)).toBe(draft);
    const definition = buildSkpDocument(skp({ status }));
    expect(definition.watermark === undefined).toBe(!draft);
    if (draft) expect(definition.watermark).toMatchObject({ text: 'DRAFT' });
    expect(joined(definition.content).includes('belum ditetapkan')).toBe(status !== 'APPROVED');
  });

  it('prints heading, identities, RHK groups, targets, behaviour, lampiran and signatures', () => {
    const definition = buildSkpDocument(skp());
    const text = joined(definition.content);
    for (const expected of [
      'PEMERINTAH KOTA SURABAYA',
      'KECAMATAN GAYUNGAN',
      'SASARAN KINERJA PEGAWAI',
      'PERIODE PENILAIAN: 1 JANUARI – 31 DESEMBER 2026',
      'PENDEKATAN: KUANTITATIF',
      'PEGAWAI YANG DINILAI',
      'PEJABAT PENILAI KINERJA',
      'Dewi Lestari',
      '199001012015032001',
      'Penata Muda (III/a)',
      'Bambang Sutrisno',
      'A. Utama',
      'B. Tambahan',
      'Meningkatnya kualitas pelayanan administrasi',
      'Tersusunnya laporan kependudukan',
      'Kuantitas',
      '12 laporan\n(TW I: 3; TW II: 3; TW III: 3; TW IV: 3)',
      'Layanan tanpa keluhan berulang',
      'Membantu panitia Musrenbang',
      'Ramah, cekatan',
      'Menjawab aduan ≤ 1 hari',
      'LAMPIRAN SASARAN KINERJA PEGAWAI',
      'Ruang arsip',
      'Laporan bulanan',
      'Surabaya, 15 Januari 2026',
      'Pegawai yang Dinilai',
      'NIP 198001012005011002',
    ])
      expect(text).toContain(expected);
    expect(definition.pageSize).toBe('A4');
    expect(definition.pageOrientation).toBe('portrait');
  });

  it('repeats the header row of the long tables on every page', () => {
    const tables = (buildSkpDocument(skp()).content as Content[]).filter(
      (node) => typeof node === 'object' && 'table' in node,
    ) as { table: { headerRows?: number } }[];
    expect(tables.map((node) => node.table.headerRows)).toEqual([1, 1, 0]);
  });

  it('numbers the pages in the footer', () => {
    const footer = buildSkpDocument(skp()).footer as (page: number, count: number) => Content;
    expect(joined(footer(2, 5))).toContain('Halaman 2 dari 5');
  });

  it('prints the city as the Camat’s leader and notes missing groups', () => {
    const text = joined(
      buildSkpDocument(
        skp({
          evaluator: null,
          workTargets: [
            { kind: 'UTAMA', description: 'RHK camat', intervenedTarget: null, indicators: [] },
          ],
        }),
      ).content,
    );
    expect(text).toContain('Pejabat di luar kecamatan (Pemerintah Kota)');
    expect(text).toContain('RHK Pemerintah Kota');
    expect(text).toContain('Tidak ada RHK tambahan');
    const empty = joined(buildSkpDocument(skp({ workTargets: [] })).content);
    expect(empty).toContain('Belum ada RHK utama');
  });

  it.each([
    [
      {
        kind: 'KUANTITATIF',
        target: 1500,
        unit: 'rupiah',
        narrativeTarget: null,
        quarterTargets: null,
      },
      '1.500 rupiah',
    ],
    [
      {
        kind: 'KUANTITATIF',
        target: 4,
        unit: 'dokumen',
        narrativeTarget: null,
        quarterTargets: [1, 1, 1, 1],
      },
      '4 dokumen\n(TW I: 1; TW II: 1; TW III: 1; TW IV: 1)',
    ],
    [
      {
        kind: 'KUALITATIF',
        target: null,
        unit: '-',
        narrativeTarget: 'Tanpa temuan',
        quarterTargets: null,
      },
      'Tanpa temuan',
    ],
    [
      { kind: 'KUALITATIF', target: null, unit: '-', narrativeTarget: null, quarterTargets: null },
      '–',
    ],
  ] as const)('writes the target %j as %s', (indicator, expected) =>
    expect(
      targetText({
        aspect: 'KUANTITAS',
        description: 'x',
        ...indicator,
        quarterTargets: indicator.quarterTargets
          ? ([...indicator.quarterTargets] as [number, number, number, number])
          : null,
      }),
    ).toBe(expected),
  );
});

describe('Dokumen Evaluasi Kinerja Pegawai', () => {
  it('prints period, three identities, organisation predicate, ratings, matrix, predicate and notes', () => {
    const definition = buildEvaluationDocument(evaluation());
    const text = joined(definition.content);
    for (const expected of [
      'DOKUMEN EVALUASI KINERJA PEGAWAI',
      'PERIODE: TRIWULAN III',
      'PEGAWAI YANG DINILAI',
      'PEJABAT PENILAI KINERJA',
      'ATASAN PEJABAT PENILAI KINERJA',
      'Hadi Wijaya',
      'CAPAIAN KINERJA ORGANISASI',
      'BAIK (Seksi Pemerintahan)',
      '97,46 %',
      'SESUAI EKSPEKTASI',
      'DI ATAS EKSPEKTASI',
      '[ Baik ]',
      'PREDIKAT KINERJA PEGAWAI',
      'CATATAN/REKOMENDASI',
      'Konsisten dan teliti',
      'Selalu tepat waktu',
      'Pelatihan Pelayanan Prima (12 JP, direncanakan)',
      'Surabaya, 5 Oktober 2026',
    ])
      expect(text).toContain(expected);
    expect(definition.watermark).toBeUndefined();
    expect(text).not.toContain('EVALUASI HASIL KEBERATAN');
    // The atasan signs only where a keberatan was decided.
    expect(text).not.toContain('Atasan Pejabat Penilai Kinerja');
  });

  it.each([
    ['DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', '[ Sangat Baik ]'],
    ['DI_ATAS_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', '[ Kurang/Misconduct ]'],
    ['SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI', '[ Baik ]'],
    ['DI_BAWAH_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', '[ Sangat Kurang ]'],
    ['DI_BAWAH_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', '[ Butuh Perbaikan ]'],
  ])('marks the matrix cell of result %s and behaviour %s', (result, behavior, cell) => {
    const marked = textOf(matrixTable(result, behavior)).filter((text) => text.startsWith('['));
    expect(marked).toEqual([cell]);
  });

  it('says a revised evaluation follows a keberatan, refers to the earlier one, and has the atasan sign', () => {
    const text = joined(
      buildEvaluationDocument(
        evaluation({
          period: 'ANNUAL',
          revision: {
            number: 1,
            earlierEvaluationId: 41,
            earlierPredicate: 'BUTUH_PERBAIKAN',
            decidedOn: '2027-01-20',
            decisionReason: 'Bukti dukung lengkap',
          },
          objectionDecided: true,
        }),
      ).content,
    );
    expect(text).toContain('PERIODE: AKHIR');
    expect(text).toContain(
      'EVALUASI HASIL KEBERATAN (revisi ke-1): menggantikan evaluasi nomor 41 dengan predikat Butuh Perbaikan, diputuskan 20 Januari 2027. Alasan: Bukti dukung lengkap',
    );
    expect(text).toContain('Atasan Pejabat Penilai Kinerja');
  });

  it('marks a superseded evaluation and a draft', () => {
    const superseded = joined(
      buildEvaluationDocument(evaluation({ supersededOn: '2027-01-20' })).content,
    );
    expect(superseded).toContain(
      'telah diganti karena keberatan yang dikabulkan pada 20 Januari 2027',
    );
    const draft = buildEvaluationDocument(
      evaluation({ status: 'DRAFT', achievement: null, organizationPredicate: null }),
    );
    expect(draft.watermark).toMatchObject({ text: 'DRAFT' });
    const text = joined(draft.content);
    expect(text).toContain('belum dilaporkan');
    expect(text).toContain('Belum ditetapkan');
  });
});

const model = (
  overrides: Partial<OrganizationPredicateDocumentModel> = {},
): OrganizationPredicateDocumentModel => ({
  agency,
  year: 2026,
  unit: 'Kelurahan Ketintang',
  unitIsRoot: false,
  predicate: 'BAIK',
  recordedOn: '2027-01-10',
  referenceNumber: null,
  referenceDate: null,
  decidedBy: camat,
  decidedByTitle: 'Camat Gayungan',
  curve: {
    total: 20,
    counts: [
      { predicate: 'SANGAT_BAIK', count: 2, percentage: 10 },
      { predicate: 'BAIK', count: 15, percentage: 75 },
      { predicate: 'BUTUH_PERBAIKAN', count: 3, percentage: 15 },
    ],
    rules: [
      {
        predicates: ['BAIK'],
        bound: 'AT_MOST_PERCENT',
        percent: 70,
        count: 15,
        actualPercent: 75,
        passed: false,
      },
      {
        predicates: ['BUTUH_PERBAIKAN', 'KURANG'],
        bound: 'AT_LEAST_ONE',
        percent: null,
        count: 3,
        actualPercent: 15,
        passed: true,
      },
    ],
    passed: false,
  },
  signedOn: '2027-01-10',
  ...overrides,
});

describe('Penetapan Predikat Kinerja Organisasi', () => {
  it('prints the unit, period, predicate, who set it and the curve with each rule', () => {
    const text = joined(buildOrganizationPredicateDocument(model()).content);
    for (const expected of [
      'PENETAPAN PREDIKAT KINERJA ORGANISASI',
      'Kelurahan Ketintang',
      'Tahun 2026',
      'BAIK',
      'Camat Gayungan',
      'Hadi Wijaya',
      '10 Januari 2027',
      'KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI',
      'Kelurahan Ketintang, tahun 2026: 20 pegawai dengan evaluasi akhir',
      '75,0 %',
      'Baik: 15 dari 20 pegawai (75 %); ketentuan: paling banyak 70 %',
      'Butuh Perbaikan + Kurang/Misconduct: 3 dari 20 pegawai (15 %); ketentuan: paling sedikit satu pegawai',
      'Tidak sesuai',
      'Sesuai',
      'Sebaran predikat TIDAK sesuai dengan kurva distribusi.',
    ])
      expect(text).toContain(expected);
  });

  it('prints the city’s reference for the kecamatan and an unchecked curve without a predicate', () => {
    const text = joined(
      buildOrganizationPredicateDocument(
        model({
          unitIsRoot: true,
          referenceNumber: '100.3.3.2/1234',
          referenceDate: '2027-01-30',
          predicate: null,
          curve: { total: 0, counts: [], rules: [], passed: null },
        }),
      ).content,
    );
    expect(text).toContain('Nomor 100.3.3.2/1234 tanggal 30 Januari 2027');
    expect(text).toContain('Belum ditetapkan');
    expect(text).toContain('kurva belum dapat diperiksa');
    expect(text).not.toContain('Sebaran predikat');
  });
});

describe('the embedded font', () => {
  // A character Roboto has no glyph for prints as an empty box (the matrix's arrows once did).
  const fonts = Object.values(FONT_FILES).map((file) => fontkit.openSync(file) as fontkit.Font);
  const printed = (definition: TDocumentDefinitions) =>
    [
      definition.content,
      typeof definition.footer === 'function'
        ? definition.footer(1, 2, {} as never)
        : definition.footer,
      typeof definition.header === 'function'
        ? definition.header(1, 2, {} as never)
        : definition.header,
      definition.watermark,
    ].flatMap(textOf);

  it.each([
    ['the SKP', () => buildSkpDocument(skp())],
    ['a draft SKP', () => buildSkpDocument(skp({ status: 'DRAFT' }))],
    ['the evaluation', () => buildEvaluationDocument(evaluation())],
    [
      'a revised, superseded evaluation',
      () =>
        buildEvaluationDocument(
          evaluation({
            period: 'ANNUAL',
            objectionDecided: true,
            supersededOn: '2027-01-20',
            revision: {
              number: 1,
              earlierEvaluationId: 7,
              earlierPredicate: 'BUTUH_PERBAIKAN',
              decidedOn: '2027-01-12',
              decisionReason: 'Bukti realisasi lengkap',
            },
          }),
        ),
    ],
    ['the organisation predicate', () => buildOrganizationPredicateDocument(model())],
  ])('has a glyph for every character %s prints', (_name, build) => {
    const characters = new Set(printed(build()).join('').replace(/\s/g, ''));
    const missing = [...characters].filter(
      (character) => !fonts.every((font) => font.hasGlyphForCodePoint(character.codePointAt(0)!)),
    );
    expect(missing).toEqual([]);
  });
});
