import { fireEvent, render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { createCache } from '../../api/client';
import { I18nProvider } from '../../i18n';
import { OrganizationPredicateForm } from '../components/OrganizationPredicateForm';
import { SET_ORGANIZATION_PREDICATE } from '../graphql/mutations';

const saved = {
  __typename: 'OrganizationPredicate',
  id: '9',
  predicate: 'BAIK',
  recordedAt: '2026-12-02T03:00:00.000Z',
  referenceNumber: '100.3.3.2/1234/436.1.2/2026',
  referenceDate: '2026-01-30',
};

function renderForm(
  props: { isRoot: boolean; canEdit: boolean; closedYear?: number },
  mocks: object[] = [],
) {
  return render(
    <I18nProvider initialLanguage="id">
      <MockedProvider cache={createCache()} mocks={mocks as never}>
        <OrganizationPredicateForm unitId="1" cycleId="4" current={null} {...props} />
      </MockedProvider>
    </I18nProvider>,
  );
}

describe('OrganizationPredicateForm', () => {
  test('HR records the kecamatan’s predicate with the decision’s number and date, refused before sending without them', async () => {
    renderForm({ isRoot: true, canEdit: true }, [
      {
        request: {
          query: SET_ORGANIZATION_PREDICATE,
          variables: {
            unitId: '1',
            cycleId: '4',
            predicate: 'BAIK',
            referenceNumber: '100.3.3.2/1234/436.1.2/2026',
            referenceDate: '2026-01-30',
          },
        },
        result: { data: { setOrganizationPredicate: saved } },
      },
    ]);
    fireEvent.change(screen.getByLabelText('Predikat organisasi'), { target: { value: 'BAIK' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan predikat' }));
    expect(await screen.findByText('Periksa isian yang ditandai.')).toBeTruthy();
    expect(screen.getAllByText('Wajib diisi untuk predikat kecamatan')).toHaveLength(2);
    const number = screen.getByLabelText('Nomor keputusan');
    expect(number.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(number, { target: { value: ' 100.3.3.2/1234/436.1.2/2026 ' } });
    fireEvent.change(screen.getByLabelText('Tanggal keputusan'), {
      target: { value: '2026-01-30' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan predikat' }));
    expect(await screen.findByText('Predikat organisasi tersimpan.')).toBeTruthy();
  });

  test('the Camat sets the units below without a reference; on the kecamatan he reads who records it', () => {
    const { unmount } = renderForm({ isRoot: false, canEdit: true });
    expect(screen.queryByLabelText('Nomor keputusan')).toBeNull();
    unmount();
    renderForm({ isRoot: true, canEdit: false });
    expect(screen.queryByRole('button', { name: 'Simpan predikat' })).toBeNull();
    expect(screen.getByTestId('org-predicate-recorder').textContent).toContain(
      'dicatat oleh Subbagian Umum dan Kepegawaian',
    );
  });

  test('a closed cycle keeps its predicates: no form, even for whoever records them', () => {
    renderForm({ isRoot: false, canEdit: true, closedYear: 2025 });
    expect(screen.queryByLabelText('Predikat organisasi')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Simpan predikat' })).toBeNull();
    expect(screen.getByTestId('org-predicate-recorder').textContent).toBe(
      'Siklus 2025 sudah ditutup: predikat organisasinya tidak dapat diubah lagi.',
    );
  });

  test('a decision read from elsewhere replaces what the form shows, but never an edit under way', () => {
    const at = (number: string) => ({
      current: 'BAIK' as const,
      record: {
        __typename: 'OrganizationPredicate' as const,
        id: '9',
        referenceNumber: number,
        referenceDate: '2026-01-30',
      },
    });
    const view = (props: ReturnType<typeof at>) => (
      <I18nProvider initialLanguage="id">
        <MockedProvider cache={createCache()} mocks={[]}>
          <OrganizationPredicateForm unitId="1" cycleId="4" isRoot canEdit {...props} />
        </MockedProvider>
      </I18nProvider>
    );
    const { rerender } = render(view(at('1/2026')));
    const number = screen.getByLabelText<HTMLInputElement>('Nomor keputusan');
    expect(number.value).toBe('1/2026');
    // Untouched: the newer decision is shown.
    rerender(view(at('2/2026')));
    expect(number.value).toBe('2/2026');
    // Being edited: what HR types stays, and stays savable.
    fireEvent.change(number, { target: { value: '3/2026' } });
    rerender(view(at('4/2026')));
    expect(number.value).toBe('3/2026');
    expect(screen.getByRole('button', { name: 'Simpan predikat' }).hasAttribute('disabled')).toBe(
      false,
    );
  });
});
