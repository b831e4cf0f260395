import { graphql } from '../../api/generated';

export const IMPORT_ROSTER = graphql(`
  mutation ImportRoster($file: RosterFileInput!, $dryRun: Boolean) {
    importRoster(file: $file, dryRun: $dryRun) {
      ...RosterImportResultFields
    }
  }
`);
