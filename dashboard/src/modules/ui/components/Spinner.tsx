interface SpinnerProps {
  label: string;
  size?: 'small' | 'large';
}

export function Spinner({ label, size = 'small' }: SpinnerProps) {
  return (
    <span className={`spinner spinner--${size}`} role="status">
      <span className="spinner__circle" aria-hidden="true" />
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

export function FullPageLoader({ label }: { label: string }) {
  return (
    <div className="full-page-loader">
      <Spinner label={label} size="large" />
      <p aria-hidden="true">{label}</p>
    </div>
  );
}
