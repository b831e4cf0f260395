import { graphql } from '../../api/generated';

export const FEEDBACK_FIELDS = graphql(`
  fragment FeedbackFields on Feedback {
    id
    kind
    text
    coreValue
    createdAt
    acknowledgedAt
    author {
      id
      name
    }
    recipient {
      id
      name
    }
    workTarget {
      id
      description
    }
    replies {
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

export const GET_RECEIVED_FEEDBACK = graphql(`
  query GetReceivedFeedback($recipientId: ID!, $after: String) {
    feedback(filter: { recipientId: $recipientId, threadsOnly: true }, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...FeedbackFields
        }
      }
    }
    unacknowledged: feedback(
      filter: { recipientId: $recipientId, unacknowledged: true, threadsOnly: true }
      first: 1
    ) {
      totalCount
    }
  }
`);

export const GET_SENT_FEEDBACK = graphql(`
  query GetSentFeedback($authorId: ID!, $after: String) {
    feedback(filter: { authorId: $authorId, threadsOnly: true }, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...FeedbackFields
        }
      }
    }
  }
`);

// Recipients: colleagues and team members by name or NIP.
export const SEARCH_RECIPIENTS = graphql(`
  query SearchRecipients($search: String!) {
    employees(filter: { search: $search, active: true }, first: 8) {
      edges {
        node {
          id
          name
          position {
            id
            title
          }
          unit {
            id
            name
          }
        }
      }
    }
  }
`);

// The recipient's RHK in the active cycle (readable by their supervisor chain; not by peers).
export const GET_RECIPIENT_TARGETS = graphql(`
  query GetRecipientTargets($cycleId: ID!, $employeeId: ID!) {
    performancePlans(
      filter: { cycleId: $cycleId, employeeId: $employeeId, current: true }
      first: 1
    ) {
      edges {
        node {
          id
          workTargets {
            id
            kind
            description
          }
        }
      }
    }
  }
`);

// The viewer's supervisor chain (up to four levels), offered as recipients of upward feedback.
export const GET_MY_SUPERVISORS = graphql(`
  query GetMySupervisors {
    me {
      id
      employee {
        id
        supervisor {
          ...SupervisorRef
          supervisor {
            ...SupervisorRef
            supervisor {
              ...SupervisorRef
              supervisor {
                ...SupervisorRef
              }
            }
          }
        }
      }
    }
  }
  fragment SupervisorRef on Employee {
    id
    name
    position {
      id
      title
    }
    unit {
      id
      name
    }
  }
`);
