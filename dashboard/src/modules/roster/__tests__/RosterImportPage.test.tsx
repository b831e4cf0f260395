import { fireEvent, screen, within } from '@testing-library/react';
import type { RosterImportResultFieldsFragment } from '../../api/generated/graphql';
import { RosterImportPage } from '../../../pages/RosterImportPage';
import { renderPage } from '../../../test-support/render';
import { IMPORT_ROSTER } from '../graphql/mutations';
import { rosterFileProblem } from '../utils/roster-file';

const HR_RULES = [{ action: 'create', subject: 'Employee' }];
const CONTENT = 'TklQLE5hbWE='; // "NIP,Nama"
const FILE = { fileName: 'siasn.csv', contentBase64: CONTENT };

type Entry = RosterImportResultFieldsFragment['entries'][number];
const entry = (line: number, status: Entry['status'], extra: Partial<Entry> = {}): Entry => ({
  __typename: 'ImportRow',
  line,
  nip: `19880412201201100${line}`,
  name: `Pegawai ${line}`,
  status,
  changedFields: [],
  tmt: null,
  oneTimePassword: null,
  problems: [],
  ...extra,
});

const result = (
  entries: Entry[],
  dryRun: boolean,
): { data: { importRoster: RosterImportResultFieldsFragment } } => {
  const count = (status: Entry['status']) => entries.filter((e) => e.status === status).length;
  return {
    data: {
      importRoster: {
        __typename: 'EmployeeImportResult',
        dryRun,
        rows: entries.length,
        created: dryRun ? 0 : count('NEW'),
        newRows: count('NEW'),
        updatedRows: count('UPDATED'),
        movedRows: count('MOVED'),
        unchangedRows: count('UNCHANGED'),
        errorRows: count('ERROR'),
        ignoredColumns: ['AGAMA'],
        entries,
      },
    },
  };
};

const badRow = entry(3, 'ERROR', {
  problems: [
    {
      __typename: 'ImportProblem',
      line: 3,
      field: 'unit',
      column: 'UNOR NAMA',
      reason: 'UNIT_NAME_UNKNOWN',
      message: 'no unit is named "Seksi Fiktif"',
      params: [{ __typename: 'ReasonParam', name: 'name', value: 'Seksi Fiktif' }],
    },
  ],
});
const goodRows = [
  entry(2, 'NEW', { tmt: '2026-08-03' }),
  entry(3, 'MOVED', { changedFields: ['unit'], tmt: '2026-06-01' }),
];

const importMock = (dryRun: boolean, body: object) => ({
  request: { query: IMPORT_ROSTER, variables: { file: FILE, dryRun } },
  result: body,
});

function choose(name = 'siasn.csv', content = 'NIP,Nama') {
  const input = screen.getByTestId('roster-file');
  fireEvent.change(input, { target: { files: [new File([content], name)] } });
}

describe('RosterImportPage', () => {
  it('dry-runs the file, shows the bad row with its column and reason, and offers no save', async () => {
    renderPage(<RosterImportPage />, {
      abilityRules: HR_RULES,
      mocks: [importMock(true, result([entry(2, 'NEW'), badRow], true))],
    });
    expect(screen.getByRole('heading', { name: 'Impor Data Pegawai' })).toBeTruthy();
    // Back to the directory the way every detail page leads back.
    const back = screen.getByRole('link', { name: 'Kembali ke direktori' });
    expect(back.getAttribute('href')).toBe('/pegawai');
    expect(back.className).toBe('breadcrumb__back');
    choose();
    const row = await screen.findByTestId('roster-row-3');
    expect(row.textContent).toContain('UNOR NAMA');
    expect(row.textContent).toContain('Tidak ada unit bernama “Seksi Fiktif”.');
    expect(screen.getByTestId('roster-has-errors').textContent).toContain('1 baris bermasalah');
    expect(screen.getByText('Kolom yang diabaikan: AGAMA')).toBeTruthy();
    expect(screen.queryByTestId('roster-commit')).toBeNull();
    // Only the bad rows at first; all of them on request.
    expect(screen.queryByTestId('roster-row-2')).toBeNull();
    fireEvent.click(screen.getByLabelText('Tampilkan hanya baris bermasalah'));
    expect(screen.getByTestId('roster-row-2').getAttribute('data-status')).toBe('NEW');
  });

  it('saves a clean file after confirmation and shows the result', async () => {
    renderPage(<RosterImportPage />, {
      abilityRules: HR_RULES,
      mocks: [importMock(true, result(goodRows, true)), importMock(false, result(goodRows, false))],
    });
    choose();
    const commit = await screen.findByTestId('roster-commit');
    expect(commit.textContent).toContain('Simpan 2 perubahan');
    expect(screen.getByTestId('roster-row-3').textContent).toContain('Berubah: unit kerja');
    expect(screen.getByTestId('roster-row-3').textContent).toContain('mutasi TMT 1 Jun 2026');
    expect(screen.getByTestId('roster-row-2').textContent).toContain(
      'mulai bertugas TMT 3 Agu 2026',
    );
    fireEvent.click(commit);
    const dialog = screen.getByTestId('confirm-dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ya, simpan' }));
    expect((await screen.findByTestId('roster-saved')).textContent).toContain(
      'Tersimpan: 1 pegawai baru, 0 diperbarui, 1 dipindah, 0 tidak berubah.',
    );
  });

  it('shows a refused file’s reason', async () => {
    renderPage(<RosterImportPage />, {
      abilityRules: HR_RULES,
      mocks: [
        {
          request: { query: IMPORT_ROSTER, variables: { file: FILE, dryRun: true } },
          result: {
            errors: [
              {
                message: 'Invalid input',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [
                    {
                      field: 'file',
                      reason: 'CSV_COLUMNS_MISSING',
                      message: 'lacks',
                      params: { columns: 'Golongan (rank)' },
                    },
                  ],
                },
              },
            ],
          },
        },
      ],
    });
    choose();
    expect((await screen.findByTestId('roster-refusal')).textContent).toContain(
      'Kolom berikut tidak ada: Golongan (rank).',
    );
  });

  it('refuses other file types before sending, and other roles altogether', async () => {
    renderPage(<RosterImportPage />, { abilityRules: HR_RULES });
    choose('daftar.pdf');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Pilih berkas .xlsx atau .csv.',
    );
    expect(rosterFileProblem({ name: 'a.xlsx', size: 2 * 1024 * 1024 })).toBe('tooLarge');
    expect(rosterFileProblem({ name: 'A.XLSX', size: 10 })).toBeNull();
  });

  it('tells other roles the page is HR’s', () => {
    renderPage(<RosterImportPage />, { abilityRules: [], language: 'en' });
    expect(screen.getByText('Only HR may import employees.')).toBeTruthy();
  });
});
