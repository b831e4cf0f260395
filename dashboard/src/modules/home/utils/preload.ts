import type { ApolloClient } from '@apollo/client';
import { GET_ANALYTICS_PLACE } from '../../analytics/graphql/queries';
import { GET_SESSION } from '../../auth/graphql/queries';
import { createAppAbility } from '../../authz';
import { GET_CYCLES } from '../../cycles/graphql/queries';
import { navViewerOf } from '../../layout/utils/nav-items';
import { GET_UNREAD_NOTIFICATIONS } from '../../notifications/graphql/queries';
import { landingCardsFor } from './cards';

const leaveToTheCards = () => undefined;

/** The next macrotask: what runs after it is a task of its own, with the browser free between. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A signed-in first load of Beranda: what its first render reads is asked as soon as Apollo is in,
 * together (the session first), rather than the session first and each card's inputs a render later. The cards'
 * queries join these in flight or read them from the cache; their failures are the cards' to show.
 */
export async function preloadLanding(client: ApolloClient): Promise<void> {
  // Each query is asked in a task of its own: a document's first query transforms it, reads the
  // cache and prints it (10-15 ms on a phone), and three in one task would block the page for 40.
  const place = client
    .query({ query: GET_SESSION })
    .then(async ({ data }) => {
      const me = data?.me;
      if (!me) return;
      await nextTask();
      const cards = landingCardsFor({
        ability: createAppAbility(me.abilityRules),
        viewer: navViewerOf(me),
      });
      // The unit the team and curve cards start from.
      if (cards.team || cards.curve) {
        await nextTask();
        return client.query({ query: GET_ANALYTICS_PLACE });
      }
    })
    .catch(leaveToTheCards);
  for (const query of [GET_CYCLES, GET_UNREAD_NOTIFICATIONS]) {
    await nextTask();
    client.query({ query }).catch(leaveToTheCards);
  }
  await place;
}
