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

export const REPLY_TO_FEEDBACK = gql`
  mutation ReplyToFeedback($feedbackId: ID!, $text: String!) {
    replyToFeedback(feedbackId: $feedbackId, text: $text) {
      id
      text
      createdAt
      author {
        id
        name
      }
    }
  }
`;
