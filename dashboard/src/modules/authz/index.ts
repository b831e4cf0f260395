export { AbilityProvider, Can } from '@casl/react';
export { createAppAbility, type AppAbility, type AppRawRule } from './ability';
export { useAbility } from './hooks';
