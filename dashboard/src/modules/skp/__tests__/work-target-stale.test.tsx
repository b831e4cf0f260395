import { fireEvent, render, screen } from '@testing-library/react';
import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { createCache } from '../../api/client';
import { I18nProvider } from '../../i18n';
import { WorkTargetForm } from '../components/WorkTargetForm';
import { UPDATE_WORK_TARGET } from '../graphql/mutations';
import type { WorkTargetDetail } from '../types';

const target: WorkTargetDetail = {
  __typename: 'WorkTarget',
  id: '41',
  kind: 'TAMBAHAN',
  description: 'Menyusun laporan bulanan',
  sortOrder: 0,
  parentTarget: null,
  indicators: [
    {
      __typename: 'Indicator',
      id: '90',
      kind: 'KUANTITATIF',
      aspect: 'KUANTITAS',
      description: 'Laporan tersusun',
      target: 12,
      narrativeTarget: null,
      unit: 'laporan',
      direction: 'HIGHER_IS_BETTER',
      aggregation: 'SUM',
      periodTargets: ['TW1', 'TW2', 'TW3', 'TW4'].map((period) => ({
        __typename: 'PeriodTarget' as const,
        period: period as 'TW1',
        target: 3,
        actionPlan: null,
      })),
    },
  ],
};

/** Hands the test the client the form uses, to see what it reloads. */
function ClientProbe({ onClient }: { onClient: (client: ApolloClient) => void }) {
  onClient(useApolloClient());
  return null;
}

const stale = new GraphQLError('The plan was changed meanwhile; reload and try again', {
  extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' },
});

describe('WorkTargetForm on an SKP changed elsewhere', () => {
  test('sends the SKP version it was shown, then reloads the SKP and keeps what was typed', async () => {
    const onDone = jest.fn();
    let client: ApolloClient | null = null;
    const input = {
      kind: 'TAMBAHAN',
      description: 'Menyusun laporan bulanan dan triwulanan',
      parentTargetId: null,
      indicators: [
        {
          kind: 'KUANTITATIF',
          aspect: 'KUANTITAS',
          description: 'Laporan tersusun',
          target: 12,
          unit: 'laporan',
          direction: 'HIGHER_IS_BETTER',
          aggregation: 'SUM',
          periodTargets: ['TW1', 'TW2', 'TW3', 'TW4'].map((period) => ({
            period,
            target: 3,
            actionPlan: null,
          })),
        },
      ],
    };
    render(
      <I18nProvider initialLanguage="id">
        <MockedProvider
          cache={createCache()}
          mocks={[
            {
              request: { query: UPDATE_WORK_TARGET, variables: { id: '41', input, version: 7 } },
              result: { errors: [stale] },
            },
          ]}
        >
          <>
            <ClientProbe onClient={(value) => (client = value)} />
            <WorkTargetForm
              planId="9"
              planVersion={7}
              target={target}
              parentOptions={null}
              refetchQueries={['GetMyPlan']}
              onDone={onDone}
              onCancel={() => {}}
            />
          </>
        </MockedProvider>
      </I18nProvider>,
    );
    // The page's plan query is not on this test's screen: the reload is seen, not run.
    const reload = jest
      .spyOn(client!, 'refetchQueries')
      .mockReturnValue(Promise.resolve([]) as never);
    fireEvent.change(screen.getByLabelText('Uraian RHK'), {
      target: { value: 'Menyusun laporan bulanan dan triwulanan' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan RHK' }));

    expect(
      await screen.findByText(/SKP ini diubah di tempat lain .* Isian Anda masih ada/),
    ).toBeTruthy();
    // The SKP page's plan is read again (the page then shows it with its new version)…
    expect(reload).toHaveBeenCalledWith({ include: ['GetMyPlan'] });
    // …and what the user typed is still in the form, which stays open.
    expect(screen.getByLabelText<HTMLTextAreaElement>('Uraian RHK').value).toBe(
      'Menyusun laporan bulanan dan triwulanan',
    );
    expect(onDone).not.toHaveBeenCalled();
  });
});
