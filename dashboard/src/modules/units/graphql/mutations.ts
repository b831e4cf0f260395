import { graphql } from '../../api/generated';

export const CREATE_ORG_UNIT = graphql(`
  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      ...OrgUnitAdminFields
    }
  }
`);

export const UPDATE_ORG_UNIT = graphql(`
  mutation UpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) {
    updateOrgUnit(id: $id, input: $input) {
      ...OrgUnitAdminFields
    }
  }
`);

export const MOVE_ORG_UNIT = graphql(`
  mutation MoveOrgUnit($id: ID!, $parentId: ID!, $version: Int!) {
    moveOrgUnit(id: $id, parentId: $parentId, version: $version) {
      ...OrgUnitAdminFields
    }
  }
`);

export const CLOSE_ORG_UNIT = graphql(`
  mutation CloseOrgUnit($id: ID!, $version: Int!, $reason: String) {
    closeOrgUnit(id: $id, version: $version, reason: $reason) {
      ...OrgUnitAdminFields
    }
  }
`);

export const CREATE_POSITION = graphql(`
  mutation CreatePosition($input: CreatePositionInput!) {
    createPosition(input: $input) {
      ...PositionAdminFields
    }
  }
`);

export const UPDATE_POSITION = graphql(`
  mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!) {
    updatePosition(id: $id, input: $input) {
      ...PositionAdminFields
    }
  }
`);

export const CLOSE_POSITION = graphql(`
  mutation ClosePosition($id: ID!, $version: Int!) {
    closePosition(id: $id, version: $version) {
      ...PositionAdminFields
    }
  }
`);
