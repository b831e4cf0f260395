import { fireEvent, render, screen } from '@testing-library/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { createCache } from '../../api/client';
import { I18nProvider, type Language } from '../../i18n';
import { PlanAnnexSection } from '../components/PlanAnnexSection';
import { UPDATE_PLAN_ANNEX } from '../graphql/mutations';
import { isStaleVersion } from '../../api/utils/error-messages';
import {
  ANNEX_MAX_LENGTH,
  annexChanged,
  annexDraftOf,
  annexInputOf,
  annexTooLong,
} from '../utils/annex';
import type { PlanDetailFieldsFragment } from '../../api/generated/graphql';

const blank = { resourceSupport: '', accountabilityScheme: '', consequences: '' };

describe('lampiran helpers', () => {
  test('the draft starts from the saved texts, blank where none', () => {
    expect(annexDraftOf({ resourceSupport: 'Laptop', consequences: null })).toEqual({
      ...blank,
      resourceSupport: 'Laptop',
    });
  });

  test.each([
    [
      'all blank: every text cleared',
      blank,
      { resourceSupport: null, accountabilityScheme: null, consequences: null },
    ],
    [
      'trimmed, blank as null, all three sent',
      { resourceSupport: '  Laptop \n', accountabilityScheme: '   ', consequences: 'TPP' },
      { resourceSupport: 'Laptop', accountabilityScheme: null, consequences: 'TPP' },
    ],
  ])('input: %s', (_case, draft, expected) => {
    expect(annexInputOf(draft)).toEqual(expected);
  });

  test.each([
    ['nothing typed, nothing saved', blank, {}, false],
    ['only spaces added', { ...blank, consequences: '  ' }, { consequences: null }, false],
    [
      'trailing spaces on a saved text',
      { ...blank, resourceSupport: 'Laptop  ' },
      { resourceSupport: 'Laptop' },
      false,
    ],
    ['a new text', { ...blank, consequences: 'TPP' }, {}, true],
    ['a text cleared', blank, { accountabilityScheme: 'Laporan bulanan' }, true],
    [
      'a text changed',
      { ...blank, resourceSupport: 'Laptop baru' },
      { resourceSupport: 'Laptop' },
      true,
    ],
  ])('changed: %s', (_case, draft, saved, expected) => {
    expect(annexChanged(draft, saved)).toBe(expected);
  });

  test('too long counts the trimmed text against 2000', () => {
    const limit = 'a'.repeat(ANNEX_MAX_LENGTH);
    expect(annexTooLong({ ...blank, resourceSupport: ` ${limit} ` })).toEqual([]);
    expect(annexTooLong({ ...blank, consequences: `${limit}b` })).toEqual(['consequences']);
  });

  test('a stale save is a CONFLICT with reason STALE_VERSION, nothing else', () => {
    const refusal = (extensions: Record<string, unknown>) =>
      new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions }] });
    expect(isStaleVersion(refusal({ code: 'CONFLICT', reason: 'STALE_VERSION' }))).toBe(true);
    expect(isStaleVersion(refusal({ code: 'CONFLICT' }))).toBe(false);
    expect(isStaleVersion(refusal({ code: 'BAD_USER_INPUT', reason: 'STALE_VERSION' }))).toBe(
      false,
    );
    expect(isStaleVersion(new Error('offline'))).toBe(false);
  });
});

const plan = {
  __typename: 'PerformancePlan',
  id: '7',
  status: 'DRAFT',
  version: 3,
  resourceSupport: 'Laptop',
  accountabilityScheme: null,
  consequences: null,
} as unknown as PlanDetailFieldsFragment;

const saveRequest = (version: number) => ({
  query: UPDATE_PLAN_ANNEX,
  variables: {
    planId: '7',
    version,
    input: {
      resourceSupport: 'Laptop dan akses e-Kinerja',
      accountabilityScheme: 'Laporan bulanan kepada Kepala Seksi',
      consequences: null,
    },
  },
});

function renderSection(
  props: { editable: boolean; plan?: PlanDetailFieldsFragment },
  mocks: object[] = [],
  language: Language = 'id',
) {
  return render(
    <I18nProvider initialLanguage={language}>
      <MockedProvider cache={createCache()} mocks={mocks as never}>
        <PlanAnnexSection plan={props.plan ?? plan} editable={props.editable} />
      </MockedProvider>
    </I18nProvider>,
  );
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('PlanAnnexSection', () => {
  test('the owner writes the three texts with counters and saves them with the plan’s version', async () => {
    renderSection({ editable: true }, [
      {
        request: saveRequest(3),
        result: {
          data: {
            updatePlanAnnex: {
              __typename: 'PerformancePlan',
              id: '7',
              status: 'DRAFT',
              returnReason: null,
              submittedAt: null,
              approvedAt: null,
              version: 4,
              resourceSupport: 'Laptop dan akses e-Kinerja',
              accountabilityScheme: 'Laporan bulanan kepada Kepala Seksi',
              consequences: null,
            },
          },
        },
      },
    ]);
    const save = screen.getByRole('button', { name: 'Simpan lampiran' });
    expect((save as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('6/2000 karakter')).toBeTruthy();
    expect(screen.getByLabelText('Dukungan sumber daya').getAttribute('maxlength')).toBe('2000');
    type('Dukungan sumber daya', 'Laptop dan akses e-Kinerja ');
    type('Skema pertanggungjawaban', 'Laporan bulanan kepada Kepala Seksi');
    expect(screen.getByText('27/2000 karakter')).toBeTruthy();
    expect(screen.getByText('Ada perubahan yang belum disimpan.')).toBeTruthy();
    fireEvent.click(save);
    expect(await screen.findByText('Lampiran tersimpan.')).toBeTruthy();
    expect(screen.getByLabelText<HTMLTextAreaElement>('Dukungan sumber daya').value).toBe(
      'Laptop dan akses e-Kinerja',
    );
  });

  test('a stale version shows the conflict and keeps what the user typed', async () => {
    renderSection({ editable: true }, [
      {
        request: saveRequest(3),
        result: {
          errors: [
            new GraphQLError('The plan was changed meanwhile; reload and try again', {
              extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' },
            }),
          ],
        },
      },
    ]);
    type('Dukungan sumber daya', 'Laptop dan akses e-Kinerja');
    type('Skema pertanggungjawaban', 'Laporan bulanan kepada Kepala Seksi');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan lampiran' }));
    expect((await screen.findByTestId('annex-stale')).textContent).toContain(
      'SKP ini berubah sejak Anda membukanya',
    );
    expect(screen.getByRole('button', { name: 'Muat ulang SKP' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLTextAreaElement>('Dukungan sumber daya').value).toBe(
      'Laptop dan akses e-Kinerja',
    );
    expect(screen.getByLabelText<HTMLTextAreaElement>('Skema pertanggungjawaban').value).toBe(
      'Laporan bulanan kepada Kepala Seksi',
    );
  });

  test('the API’s field problem shows on its input', async () => {
    renderSection({ editable: true }, [
      {
        request: saveRequest(3),
        result: {
          errors: [
            new GraphQLError('Invalid input', {
              extensions: {
                code: 'BAD_USER_INPUT',
                reason: 'INVALID_INPUT',
                fields: [
                  {
                    field: 'accountabilityScheme',
                    reason: 'MAX_LENGTH',
                    message: 'must be at most 2000 characters',
                    params: { max: 2000 },
                  },
                ],
              },
            }),
          ],
        },
      },
    ]);
    type('Dukungan sumber daya', 'Laptop dan akses e-Kinerja');
    type('Skema pertanggungjawaban', 'Laporan bulanan kepada Kepala Seksi');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan lampiran' }));
    await screen.findByText(/2000/, { selector: '.field__error' });
    expect(screen.getByLabelText('Skema pertanggungjawaban').getAttribute('aria-invalid')).toBe(
      'true',
    );
  });

  test('read-only once submitted: the texts, or “not filled in”, in English too', () => {
    renderSection({ editable: false }, [], 'en');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save annex' })).toBeNull();
    const list = screen.getByTestId('annex-read-only');
    expect(list.textContent).toContain('Laptop');
    expect(list.textContent).toContain('Not filled in');
    expect(screen.getByText(/can be changed while the SKP is Draft or Returned/)).toBeTruthy();
  });
});
