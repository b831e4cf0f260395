import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { I18nProvider } from '../../i18n';
import { QueryState, type LoadState } from '../components/QueryState';

const loaded = (): LoadState => ({ loading: false, error: undefined, retry: jest.fn() });
const loading = (): LoadState => ({ ...loaded(), loading: true });
const failed = (): LoadState => ({ ...loaded(), error: new TypeError('Failed to fetch') });

// Each call replaces what the previous one rendered.
const show = (props: Partial<ComponentProps<typeof QueryState>>) => {
  cleanup();
  return render(
    <I18nProvider initialLanguage="en">
      <QueryState testId="page-loading" {...props}>
        {props.children === undefined ? <p>the page</p> : props.children}
      </QueryState>
    </I18nProvider>,
  );
};

describe('QueryState', () => {
  test('waits for everything it loads first, then retries all of them after a failure', () => {
    const first = loaded();
    const second = failed();
    show({ loads: [first, loading()] });
    expect(screen.getByTestId('page-loading')).toBeTruthy();
    show({ loads: [first, second], blocker: <p>blocked</p>, noCycle: true });
    expect(screen.getByRole('alert').textContent).toContain('Cannot reach the server');
    expect(screen.queryByText('blocked')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(first.retry).toHaveBeenCalledTimes(1);
    expect(second.retry).toHaveBeenCalledTimes(1);
  });

  test('once loaded: a blocker, then a missing cycle, come before the query', () => {
    show({ loads: [loaded()], blocker: <p>blocked</p>, noCycle: true, query: loading() });
    expect(screen.getByText('blocked')).toBeTruthy();
    show({ loads: [loaded()], blocker: false, noCycle: true, query: loading() });
    expect(screen.getByText('No performance cycle yet')).toBeTruthy();
  });

  test('the query loads, fails with its own retry, or answers with nothing to show', () => {
    const query = failed();
    show({ query: loading(), cards: 2 });
    expect(screen.getByTestId('page-loading').querySelectorAll('.card')).toHaveLength(2);
    show({ query, children: <p>stale page</p> });
    expect(screen.queryByText('stale page')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(query.retry).toHaveBeenCalledTimes(1);
    show({ query: loaded(), empty: <p>nothing yet</p> });
    expect(screen.getByText('nothing yet')).toBeTruthy();
    expect(screen.queryByText('the page')).toBeNull();
  });

  test('a page whose data is missing without an error still says it could not load', () => {
    show({ query: loaded(), children: null });
    expect(screen.getByRole('alert')).toBeTruthy();
  });

  test('shows the page once everything is there', () => {
    show({ loads: [loaded()], query: loaded(), empty: false });
    expect(screen.getByText('the page')).toBeTruthy();
  });

  test.each([
    ['NOT_FOUND', 'This was not found, or it is not among what you may see.'],
    ['FORBIDDEN', 'You do not have access to this data.'],
  ])('a %s answer says so, with no retry that could not help', (code, message) => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'x', path: ['objection'], extensions: { code } }],
    });
    show({ query: { loading: false, error, retry: jest.fn() } });
    expect(screen.getByRole('alert').textContent).toContain(message);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  test('a server error offers to try again', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        { message: 'x', path: ['objection'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ],
    });
    show({ query: { loading: false, error, retry: jest.fn() } });
    expect(screen.getByRole('alert').textContent).toContain('The server ran into a problem');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
