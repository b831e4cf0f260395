import { gql } from '@apollo/client';
import { FEEDBACK_FIELDS } from './queries';

export const GIVE_FEEDBACK = gql`
  mutation GiveFeedback($input: GiveFeedbackInput!) {
    giveFeedback(input: $input) {
      id
      ...FeedbackFields
    }
  }
  ${FEEDBACK_FIELDS}
`;

export const ACKNOWLEDGE_FEEDBACK = gql`
  mutation AcknowledgeFeedback($id: ID!) {
    acknowledgeFeedback(id: $id) {
      id
      acknowledgedAt
    }
  }
`;
