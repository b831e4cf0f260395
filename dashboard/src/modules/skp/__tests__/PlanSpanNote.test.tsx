import { screen } from '@testing-library/react';
import { renderAs } from '../../accounts/__tests__/fixtures';
import { PlanSpanNote } from '../components/PlanSpanNote';

describe('PlanSpanNote', () => {
  test('says nothing of an SKP that covers the whole year', () => {
    renderAs(
      <PlanSpanNote
        year={2026}
        plan={{ id: '7', startsOn: null, endsOn: null }}
        cyclePlans={[{ id: '7', startsOn: null, endsOn: null }]}
      />,
    );
    expect(screen.queryByTestId('plan-span-note')).toBeNull();
  });

  test('after a mutasi: from when the SKP counts, and the closed one with its dates and PDF', () => {
    renderAs(
      <PlanSpanNote
        year={2026}
        plan={{
          id: '9',
          startsOn: '2026-11-02',
          endsOn: null,
          status: 'DRAFT',
          approvalDueOn: '2026-12-02',
        }}
        cyclePlans={[
          { id: '7', startsOn: null, endsOn: '2026-11-01' },
          { id: '9', startsOn: '2026-11-02', endsOn: null },
        ]}
      />,
    );
    const note = screen.getByTestId('plan-span-note');
    expect(note.textContent).toContain('SKP ini berlaku sejak 2 Nov 2026');
    expect(note.textContent).toContain('disetujui atasan paling lambat 2 Des 2026');
    expect(note.textContent).toContain('SKP sebelumnya, 1 Jan 2026 – 1 Nov 2026');
    expect(
      screen.getByRole('button', {
        name: 'Unduh SKP (PDF): SKP sebelumnya, 1 Jan 2026 – 1 Nov 2026, tetap memuat triwulannya dan penilaiannya.',
      }),
    ).toBeTruthy();
  });

  test('an arrival during the year: from when, and no earlier SKP', () => {
    renderAs(
      <PlanSpanNote
        year={2026}
        plan={{
          id: '9',
          startsOn: '2026-07-01',
          endsOn: null,
          status: 'APPROVED',
          approvalDueOn: '2026-07-31',
        }}
        cyclePlans={[{ id: '9', startsOn: '2026-07-01', endsOn: null }]}
      />,
    );
    const note = screen.getByTestId('plan-span-note');
    expect(note.textContent).toContain('SKP ini berlaku sejak 1 Jul 2026');
    // Approved: no due date to meet any more.
    expect(note.textContent).not.toContain('paling lambat');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
