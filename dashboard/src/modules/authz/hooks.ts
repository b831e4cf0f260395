import { useAbility as useCaslAbility } from '@casl/react';
import type { AppAbility } from './ability';

// @casl/react 7 replaced createContextualCan/AbilityContext with AbilityProvider + Can + useAbility.
export const useAbility = (): AppAbility => useCaslAbility<AppAbility>();
