import type { IndicatorAspect, IndicatorDirection } from '../../api/generated/graphql';

/** Time and cost are usually better when lower (the API defaults the same way). */
export const defaultDirection = (aspect: IndicatorAspect): IndicatorDirection =>
  aspect === 'WAKTU' || aspect === 'BIAYA' ? 'LOWER_IS_BETTER' : 'HIGHER_IS_BETTER';
