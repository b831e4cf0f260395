import type { Translate } from '../../i18n';
import { errorCodeOf, graphQLErrorsOf } from '../../api/utils/graphql-errors';
import { fieldErrorsOf, type FieldErrors } from '../../api/utils/error-messages';

/**
 * Problems to show beside inputs: the field problems of a BAD_USER_INPUT, and the CONFLICTs that
 * name a field (a name or title in use, a unit that has its head position already).
 */
export function structureFieldErrors(t: Translate, error: unknown): FieldErrors {
  const errors = fieldErrorsOf(t, error);
  for (const graphQLError of graphQLErrorsOf(error)) {
    if (errorCodeOf(graphQLError) !== 'CONFLICT') continue;
    const reason = graphQLError.extensions?.reason;
    const fields = graphQLError.extensions?.fields;
    if (!Array.isArray(fields)) continue;
    for (const problem of fields as { field?: unknown }[]) {
      if (typeof problem.field !== 'string' || problem.field in errors) continue;
      if (reason === 'DUPLICATE') errors[problem.field] = t('units.error.duplicate');
      else if (reason === 'HEAD_POSITION_TAKEN')
        errors[problem.field] = t('reason.HEAD_POSITION_TAKEN', {
          title:
            typeof graphQLError.extensions?.title === 'string' ? graphQLError.extensions.title : '',
        });
    }
  }
  return errors;
}

/** A CONFLICT cured by reloading: someone else changed the row first. */
export const isStale = (error: unknown): boolean =>
  graphQLErrorsOf(error).some(
    (graphQLError) =>
      errorCodeOf(graphQLError) === 'CONFLICT' &&
      graphQLError.extensions?.reason === 'STALE_VERSION',
  );
