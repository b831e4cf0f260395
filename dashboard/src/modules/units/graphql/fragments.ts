import { graphql } from '../../api/generated';

export const ORG_UNIT_ADMIN_FIELDS = graphql(`
  fragment OrgUnitAdminFields on OrgUnit {
    id
    name
    depth
    version
    closedAt
    memberCount
    totalMemberCount
    parent {
      id
    }
    head {
      id
      name
    }
  }
`);

export const POSITION_ADMIN_FIELDS = graphql(`
  fragment PositionAdminFields on Position {
    id
    title
    level
    kind
    isHead
    version
    closedAt
    holderCount
    unit {
      id
    }
  }
`);
