import { useQuery } from '@apollo/client/react';
import { useT } from '../../i18n';
import { GET_ORG_UNITS } from '../graphql/queries';

interface UnitSelectProps {
  id: string;
  value: string;
  onChange: (unitId: string) => void;
}

// Non-breaking spaces keep the indentation inside a native <select>.
const indent = (depth: number) => '\u00a0\u00a0\u00a0'.repeat(Math.max(0, depth));

/** The org tree as one select, indented by depth; units come in tree order from the API. */
export function UnitSelect({ id, value, onChange }: UnitSelectProps) {
  const t = useT();
  const { data, loading } = useQuery(GET_ORG_UNITS, { errorPolicy: 'all' });
  return (
    <select
      id={id}
      className="select"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      aria-busy={loading}
    >
      <option value="">{t('directory.allUnits')}</option>
      {/* Keep a linked unit selectable while the list is still loading. */}
      {!data && value && <option value={value}>{t('common.loading')}</option>}
      {data?.orgUnits.map((unit) => (
        <option key={unit.id} value={unit.id}>
          {/* The closed select shows the chosen unit without the tree indentation. */}
          {unit.id === value ? unit.name : indent(unit.depth) + unit.name}
        </option>
      ))}
    </select>
  );
}
