import { fireEvent, render, screen } from '@testing-library/react';
import { useRef, useState } from 'react';
import { useModalFocus } from '../hooks/useModalFocus';

function Dialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const initial = useRef<HTMLButtonElement>(null);
  useModalFocus(ref, onClose, () => initial.current);
  return (
    <div ref={ref} role="dialog" aria-label="Konfirmasi">
      <button type="button">Pertama</button>
      <button type="button" ref={initial}>
        Ya
      </button>
      <button type="button" onClick={onClose}>
        Terakhir
      </button>
    </div>
  );
}

function Page({ onClose = () => undefined }: { onClose?: () => void }) {
  const [open, setOpen] = useState(false);
  const close = () => {
    onClose();
    setOpen(false);
  };
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Buka
      </button>
      {open && <Dialog onClose={close} />}
    </>
  );
}

const button = (name: string) => screen.getByRole('button', { name });

describe('useModalFocus', () => {
  test('moves focus to the chosen control when the dialog opens', () => {
    render(<Page />);
    button('Buka').focus();
    fireEvent.click(button('Buka'));
    expect(document.activeElement).toBe(button('Ya'));
  });

  test('Tab from the last control wraps to the first, Shift+Tab from the first to the last', () => {
    render(<Page />);
    fireEvent.click(button('Buka'));
    button('Terakhir').focus();
    fireEvent.keyDown(document.activeElement!, { key: 'Tab' });
    expect(document.activeElement).toBe(button('Pertama'));
    fireEvent.keyDown(document.activeElement!, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(button('Terakhir'));
  });

  test('Escape closes the dialog and focus returns to the button that opened it', () => {
    const onClose = jest.fn();
    render(<Page onClose={onClose} />);
    button('Buka').focus();
    fireEvent.click(button('Buka'));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button('Buka'));
  });

  test('closing from a control inside also gives focus back', () => {
    render(<Page />);
    button('Buka').focus();
    fireEvent.click(button('Buka'));
    fireEvent.click(button('Terakhir'));
    expect(document.activeElement).toBe(button('Buka'));
  });
});
