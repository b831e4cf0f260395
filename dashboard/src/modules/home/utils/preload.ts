import type { ApolloClient } from '@apollo/client';
import { GET_ANALYTICS_PLACE } from '../../analytics/graphql/queries';
import { GET_SESSION } from '../../auth/graphql/queries';
import { createAppAbility } from '../../authz';
import { GET_CYCLES } from '../../cycles/graphql/queries';
import { navViewerOf } from '../../layout/utils/nav-items';
import { GET_UNREAD_NOTIFICATIONS } from '../../notifications/graphql/queries';
import { landingCardsFor } from './cards';

const leaveToTheCards = () => undefined;

/**
 * A signed-in first load of Beranda: what its first render reads is asked as soon as Apollo is in,
 * together (the session first), rather than the session first and each card's inputs a render later. The cards'
 * queries join these in flight or read them from the cache; their failures are the cards' to show.
 */
export async function preloadLanding(client: ApolloClient): Promise<void> {
  const place = client
    .query({ query: GET_SESSION })
    .then(({ data }) => {
      const me = data?.me;
      if (!me) return;
      const cards = landingCardsFor({
        ability: createAppAbility(me.abilityRules),
        viewer: navViewerOf(me),
      });
      // The unit the team and curve cards start from.
      if (cards.team || cards.curve) return client.query({ query: GET_ANALYTICS_PLACE });
    })
    .catch(leaveToTheCards);
  // (Each leaves in a task of its own: the client's link sees to that.)
  for (const query of [GET_CYCLES, GET_UNREAD_NOTIFICATIONS]) {
    client.query({ query }).catch(leaveToTheCards);
  }
  await place;
}
