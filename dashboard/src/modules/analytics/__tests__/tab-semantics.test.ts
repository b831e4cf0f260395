import { waitFor } from '@testing-library/react';
import { fixGraphiqlTabs, watchGraphiqlTabs } from '../playground/tab-semantics';

// GraphiQL's tab bar as it renders it: tabs holding an open and a close button.
const TAB_BAR = `
  <ul role="tablist" aria-label="Select active operation">
    <li role="tab" aria-selected="true" class="graphiql-tab graphiql-tab-active">
      <button class="graphiql-tab-button">Sebaran</button><button aria-label="Close Tab">x</button>
    </li>
    <li role="tab" aria-selected="false" class="graphiql-tab">
      <button class="graphiql-tab-button">Tren</button><button aria-label="Close Tab">x</button>
    </li>
  </ul>`;

const setUp = () => {
  const root = document.createElement('div');
  root.innerHTML = TAB_BAR;
  document.body.append(root);
  return root;
};

describe('GraphiQL tab bar semantics', () => {
  afterEach(() => document.body.replaceChildren());

  test('becomes a list of buttons, the open one marked current', () => {
    const root = setUp();
    fixGraphiqlTabs(root);
    expect(root.querySelectorAll('[role="tab"], [role="tablist"], [aria-selected]')).toHaveLength(
      0,
    );
    const buttons = Array.from(root.querySelectorAll('.graphiql-tab-button'));
    expect(buttons.map((button) => button.getAttribute('aria-current'))).toEqual(['true', null]);
    expect(root.querySelector('ul')?.getAttribute('aria-label')).toBe('Select active operation');
  });

  test('follows GraphiQL as it switches tabs, until stopped', async () => {
    const root = setUp();
    const stop = watchGraphiqlTabs(root);
    const [first, second] = Array.from(root.querySelectorAll('li'));
    first.classList.remove('graphiql-tab-active');
    second.classList.add('graphiql-tab-active');
    second.setAttribute('role', 'tab');
    const current = () =>
      Array.from(root.querySelectorAll('.graphiql-tab-button')).map((button) =>
        button.getAttribute('aria-current'),
      );
    await waitFor(() => expect(current()).toEqual([null, 'true']));
    expect(second.hasAttribute('role')).toBe(false);
    stop();
    second.setAttribute('role', 'tab');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(second.getAttribute('role')).toBe('tab');
  });
});
