import { fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '../../i18n';
import { FormActions } from '../components/FormActions';
import { FormField } from '../components/FormField';

const field = (props: { error?: string; hint?: string; describeHint?: boolean }) =>
  render(
    <FormField id="f-name" label="Name" {...props}>
      {(control) => <input className="input" {...control} />}
    </FormField>,
  );

describe('FormField', () => {
  test('labels the control and shows the hint while there is no error', () => {
    field({ hint: 'As on the ID card' });
    const input = screen.getByLabelText('Name');
    expect(input.id).toBe('f-name');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.hasAttribute('aria-describedby')).toBe(false);
    expect(screen.getByText('As on the ID card').className).toBe('field__hint');
    expect(input.closest('div')?.className).toBe('field');
  });

  test('an error replaces the hint, marks the control invalid and describes it', () => {
    field({ hint: 'As on the ID card', error: 'Required', describeHint: true });
    const input = screen.getByLabelText('Name');
    expect(screen.queryByText('As on the ID card')).toBeNull();
    const error = screen.getByText('Required');
    expect(error.className).toBe('field__error');
    expect(error.id).toBe('f-name-error');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('f-name-error');
  });

  test('describeHint ties the hint to the control', () => {
    field({ hint: 'As on the ID card', describeHint: true });
    expect(screen.getByText('As on the ID card').id).toBe('f-name-hint');
    expect(screen.getByLabelText('Name').getAttribute('aria-describedby')).toBe('f-name-hint');
  });
});

describe('FormActions', () => {
  const actions = (busy: boolean, onCancel = jest.fn()) =>
    render(
      <I18nProvider initialLanguage="en">
        <form>
          <FormActions submitLabel="Save" busy={busy} onCancel={onCancel} />
        </form>
      </I18nProvider>,
    );

  test('a submit button and a Cancel button that calls back', () => {
    const onCancel = jest.fn();
    actions(false, onCancel);
    const submit = screen.getByRole('button', { name: 'Save' });
    expect(submit.getAttribute('type')).toBe('submit');
    expect((submit as HTMLButtonElement).disabled).toBe(false);
    expect(submit.querySelector('.spinner__circle')).toBeNull();
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    expect(cancel.getAttribute('type')).toBe('button');
    fireEvent.click(cancel);
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  test('busy disables both buttons and shows the spinner', () => {
    actions(true);
    const submit = screen.getByRole<HTMLButtonElement>('button', { name: 'Save' });
    const cancel = screen.getByRole<HTMLButtonElement>('button', { name: 'Cancel' });
    expect(submit.disabled).toBe(true);
    expect(cancel.disabled).toBe(true);
    expect(submit.getAttribute('aria-busy')).toBe('true');
    expect(submit.querySelector('.spinner__circle')).not.toBeNull();
  });

  test('no cancel button without onCancel', () => {
    render(
      <I18nProvider initialLanguage="en">
        <FormActions submitLabel="Save" busy={false} />
      </I18nProvider>,
    );
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });
});
