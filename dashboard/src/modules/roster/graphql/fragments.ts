import { graphql } from '../../api/generated';

export const ROSTER_IMPORT_RESULT_FIELDS = graphql(`
  fragment RosterImportResultFields on EmployeeImportResult {
    dryRun
    rows
    created
    newRows
    updatedRows
    movedRows
    unchangedRows
    errorRows
    ignoredColumns
    entries {
      line
      nip
      name
      status
      changedFields
      tmt
      oneTimePassword
      problems {
        line
        field
        column
        reason
        message
        params {
          name
          value
        }
      }
    }
  }
`);
