import { waitFor } from '@testing-library/react';
import { createApolloClient } from '../../api/client';
import { createTokenStore } from '../../auth/utils/token-store';
import { preloadLanding } from '../utils/preload';
import { memoryStorage } from '../../../test-support/memory-storage';

const sessionOf = (roles: string[], abilityRules: object[], isSupervisor: boolean) => ({
  me: {
    __typename: 'User',
    id: 'u-7',
    username: 'camat',
    roles,
    isSupervisor,
    abilityRules,
    mustChangePassword: false,
    employee: { __typename: 'Employee', id: '7', name: 'Imam Wibowo' },
  },
});

/**
 * A client whose fetch records what was asked and answers once `answer()` is called: the session,
 * and an empty result to the rest.
 */
function recordingClient(session: object) {
  const asked: string[] = [];
  let answer = () => {};
  const answered = new Promise<void>((resolve) => (answer = resolve));
  const fetchImpl = (async (_url: string, init: RequestInit) => {
    const { operationName } = JSON.parse(init.body as string) as { operationName: string };
    asked.push(operationName);
    await answered;
    const text = JSON.stringify({ data: operationName === 'GetSession' ? session : null });
    return {
      ok: true,
      status: 200,
      headers: { get: (name: string) => (name === 'content-type' ? 'application/json' : null) },
      text: async () => text,
    };
  }) as unknown as typeof fetch;
  const tokenStore = createTokenStore(memoryStorage());
  tokenStore.setToken('abc.def');
  return { client: createApolloClient({ tokenStore, fetch: fetchImpl }), asked, answer };
}

describe('preloadLanding', () => {
  test('asks the session and what every Beranda reads first at once, then the unit for a leader', async () => {
    const { client, asked, answer } = recordingClient(
      sessionOf(
        ['EMPLOYEE', 'LEADER'],
        [
          { action: 'read', subject: 'TeamDashboard' },
          { action: 'read', subject: 'Calibration' },
        ],
        true,
      ),
    );
    const done = preloadLanding(client);
    await waitFor(() => expect(asked).toHaveLength(3));
    // All before any answer, the session first (it unblocks the shell).
    expect(asked[0]).toBe('GetSession');
    expect([...asked].sort()).toEqual(['GetCycles', 'GetSession', 'GetUnreadNotifications']);
    answer();
    await done;
    expect(asked.slice(3)).toEqual(['GetAnalyticsPlace']);
  });

  test('each query is asked in a task of its own (a first query costs a phone 10-15 ms)', async () => {
    const { client, asked, answer } = recordingClient(
      sessionOf(['EMPLOYEE', 'LEADER'], [{ action: 'read', subject: 'TeamDashboard' }], true),
    );
    // A timer queued by one query runs before the next only when a task boundary lies between.
    let task = 0;
    const tasks: number[] = [];
    const query = client.query.bind(client);
    jest.spyOn(client, 'query').mockImplementation((options) => {
      tasks.push(task);
      setTimeout(() => (task += 1), 0);
      return query(options);
    });
    const done = preloadLanding(client);
    await waitFor(() => expect(asked).toHaveLength(3));
    answer();
    await done;
    expect(asked).toContain('GetAnalyticsPlace');
    expect(tasks).toHaveLength(4);
    expect(new Set(tasks).size).toBe(4);
  });

  test('no unit for a viewer without the team or curve cards', async () => {
    const { client, asked, answer } = recordingClient(sessionOf(['EMPLOYEE'], [], false));
    const done = preloadLanding(client);
    answer();
    await done;
    await waitFor(() => expect(asked).toHaveLength(3));
    expect(asked).not.toContain('GetAnalyticsPlace');
  });
});
