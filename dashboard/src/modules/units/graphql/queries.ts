import { graphql } from '../../api/generated';

export const GET_ORG_STRUCTURE = graphql(`
  query OrgStructure($includeClosed: Boolean!) {
    orgUnits(includeClosed: $includeClosed) {
      ...OrgUnitAdminFields
    }
  }
`);

export const GET_UNIT_POSITIONS = graphql(`
  query UnitPositions($unitId: ID, $withoutUnit: Boolean!, $includeClosed: Boolean!) {
    positions(unitId: $unitId, withoutUnit: $withoutUnit, includeClosed: $includeClosed) {
      ...PositionAdminFields
    }
  }
`);

export const GET_UNIT_MEMBERS = graphql(`
  query UnitMembers($unitId: ID!) {
    employees(filter: { unitId: $unitId, active: true }, first: 200) {
      edges {
        node {
          id
          name
          unit {
            id
          }
        }
      }
    }
  }
`);
