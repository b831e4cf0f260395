import { useId } from 'react';
import { useT } from '../../i18n';
import { Icon } from '../../ui/components/Icon';
import { SelectField } from '../../ui/components/SelectField';
import type { StatusFilter } from '../utils/directory-params';
import { UnitSelect } from './UnitSelect';
import { MAX_SEARCH_LENGTH } from '../../ui/utils/search-limits';

interface DirectoryFiltersProps {
  searchText: string;
  onSearchTextChange: (text: string) => void;
  unitId: string;
  onUnitChange: (unitId: string) => void;
  status: StatusFilter;
  onStatusChange: (status: StatusFilter) => void;
}

export function DirectoryFilters(props: DirectoryFiltersProps) {
  const t = useT();
  const ids = { search: useId(), unit: useId() };
  return (
    <form className="filters card" role="search" onSubmit={(event) => event.preventDefault()}>
      <div className="field filters__search">
        <label className="field__label" htmlFor={ids.search}>
          {t('directory.search')}
        </label>
        <div className="input-with-icon">
          <Icon name="search" size={18} className="input-with-icon__icon" />
          <input
            id={ids.search}
            type="search"
            maxLength={MAX_SEARCH_LENGTH}
            className="input"
            placeholder={t('directory.searchPlaceholder')}
            value={props.searchText}
            onChange={(event) => props.onSearchTextChange(event.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.unit}>
          {t('directory.unit')}
        </label>
        <UnitSelect id={ids.unit} value={props.unitId} onChange={props.onUnitChange} />
      </div>
      <SelectField
        label={t('directory.status')}
        value={props.status}
        options={[
          { value: 'active', label: t('directory.statusActive') },
          { value: 'inactive', label: t('directory.statusInactive') },
          { value: 'all', label: t('directory.statusAll') },
        ]}
        onChange={(status) => props.onStatusChange(status as StatusFilter)}
      />
    </form>
  );
}
