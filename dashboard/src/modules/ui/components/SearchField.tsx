import { useEffect, useId, useState } from 'react';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { MAX_SEARCH_LENGTH } from '../utils/search-limits';
import { Icon } from './Icon';

/**
 * A labelled search box for a list whose search lives in the URL: typing is sent once it pauses
 * (`onSearch`), and `value` (the URL's) stays the source otherwise.
 */
export function SearchField({
  label,
  placeholder,
  value,
  onSearch,
  className = 'field filters__search',
}: {
  label: string;
  placeholder: string;
  value: string;
  onSearch: (text: string) => void;
  className?: string;
}) {
  const id = useId();
  const [text, setText] = useState(value);
  const debounced = useDebouncedValue(text, 300);
  useEffect(() => {
    if (debounced.trim() !== value.trim()) onSearch(debounced);
    // Only a typed change is sent; the URL's own value is the source otherwise.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  // Changed from outside (a "clear filters" button, back in history): show the URL's text.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value.trim() !== debounced.trim()) setText(value);
  }
  return (
    <div className={className}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="input-with-icon">
        <Icon name="search" size={18} className="input-with-icon__icon" />
        <input
          id={id}
          type="search"
          maxLength={MAX_SEARCH_LENGTH}
          className="input"
          placeholder={placeholder}
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
    </div>
  );
}
