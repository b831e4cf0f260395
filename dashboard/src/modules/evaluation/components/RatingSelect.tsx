import { useT } from '../../i18n';
import { errorProps } from '../../api/utils/field-errors';
import { RATINGS } from '../types';
import type { Rating } from '../../api/generated/graphql';

interface RatingSelectProps {
  id: string;
  label: string;
  value: Rating | '';
  onChange: (rating: Rating | '') => void;
  error?: string;
  disabled?: boolean;
  /** Allow "no rating" (the BerAKHLAK ratings are optional). */
  optional?: boolean;
}

export function RatingSelect({
  id,
  label,
  value,
  onChange,
  error,
  disabled,
  optional = false,
}: RatingSelectProps) {
  const t = useT();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="select"
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value as Rating | '')}
        {...errorProps(id, error)}
      >
        <option value="">{optional ? t('rating.none') : t('rating.choose')}</option>
        {RATINGS.map((rating) => (
          <option key={rating} value={rating}>
            {t(`rating.${rating}`)}
          </option>
        ))}
      </select>
      {error && (
        <span className="field__error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}
