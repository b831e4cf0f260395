import { graphql } from '../../api/generated';

export const GIVE_FEEDBACK = graphql(`
  mutation GiveFeedback($input: GiveFeedbackInput!) {
    giveFeedback(input: $input) {
      id
      ...FeedbackFields
    }
  }
`);

export const ACKNOWLEDGE_FEEDBACK = graphql(`
  mutation AcknowledgeFeedback($id: ID!) {
    acknowledgeFeedback(id: $id) {
      id
      acknowledgedAt
    }
  }
`);

export const REPLY_TO_FEEDBACK = graphql(`
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
`);
