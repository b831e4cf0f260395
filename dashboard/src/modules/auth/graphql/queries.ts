import { gql } from '@apollo/client';
import { SESSION_USER_FIELDS } from './fragments';

export const GET_SESSION = gql`
  query GetSession {
    me {
      ...SessionUserFields
    }
  }
  ${SESSION_USER_FIELDS}
`;
