import { fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '../../i18n';
import { ConfirmDialog } from '../components/ConfirmDialog';

const dialog = (props: { confirmDisabled?: boolean | null; busy?: boolean } = {}) => {
  const onConfirm = jest.fn();
  const onCancel = jest.fn();
  render(
    <I18nProvider initialLanguage="en">
      <ConfirmDialog
        title="Close the cycle?"
        confirmLabel="Close"
        tone="danger"
        onConfirm={onConfirm}
        onCancel={onCancel}
        {...props}
      >
        <p>Nothing can be changed afterwards.</p>
      </ConfirmDialog>
    </I18nProvider>,
  );
  return { onConfirm, onCancel };
};

describe('ConfirmDialog', () => {
  test('a labelled modal whose confirm button has the focus and acts', () => {
    const { onConfirm, onCancel } = dialog();
    const modal = screen.getByRole('dialog', { name: 'Close the cycle?' });
    expect(modal.getAttribute('aria-modal')).toBe('true');
    expect(screen.getByText('Nothing can be changed afterwards.')).toBeTruthy();
    const confirm = screen.getByRole('button', { name: 'Close' });
    expect(document.activeElement).toBe(confirm);
    expect(confirm.className).toBe('button button--danger');
    fireEvent.click(confirm);
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onCancel).not.toHaveBeenCalled();
  });

  test('Escape and the cancel button cancel', () => {
    const { onConfirm, onCancel } = dialog();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(2);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  test('a refused step hides the confirm button and focuses the way out', () => {
    dialog({ confirmDisabled: null });
    expect(screen.queryByRole('button', { name: 'Close' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
  });
});
