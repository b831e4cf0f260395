// GraphiQL draws each operation tab as an ARIA tab (`li role="tab"`) holding two buttons (open,
// close): interactive controls nested in an interactive role, which screen readers cannot read.
// Without those roles the tab bar is a plain list of buttons, and the open one says so.

const TAB_ATTRIBUTES = ['role', 'aria-selected', 'class'];

/** Rewrites GraphiQL's tab bar under `root` into a list of buttons; changes nothing twice. */
export function fixGraphiqlTabs(root: ParentNode): void {
  root.querySelectorAll('.graphiql-tabs[role="tablist"], [role="tablist"]').forEach((list) => {
    if (list.querySelector('.graphiql-tab')) list.removeAttribute('role');
  });
  root.querySelectorAll('.graphiql-tab').forEach((tab) => {
    const active =
      tab.classList.contains('graphiql-tab-active') || tab.getAttribute('aria-selected') === 'true';
    if (tab.hasAttribute('role')) tab.removeAttribute('role');
    if (tab.hasAttribute('aria-selected')) tab.removeAttribute('aria-selected');
    const button = tab.querySelector('.graphiql-tab-button');
    if (!button) return;
    if (active && button.getAttribute('aria-current') !== 'true')
      button.setAttribute('aria-current', 'true');
    if (!active && button.hasAttribute('aria-current')) button.removeAttribute('aria-current');
  });
}

/** Keeps the tab bar fixed as GraphiQL adds, closes and switches tabs; returns the stopper. */
export function watchGraphiqlTabs(root: HTMLElement): () => void {
  fixGraphiqlTabs(root);
  const observer = new MutationObserver(() => fixGraphiqlTabs(root));
  observer.observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: TAB_ATTRIBUTES,
  });
  return () => observer.disconnect();
}
