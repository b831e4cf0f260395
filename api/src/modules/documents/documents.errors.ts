/** Why the documents module (PDFs, workbooks) refuses (`extensions.reason`). */
export const DOCUMENTS_ERROR_REASONS = ['DOCUMENT_FORBIDDEN'] as const;
export type DocumentsErrorReason = (typeof DOCUMENTS_ERROR_REASONS)[number];

declare module '../../platform/graphql/errors' {
  interface ErrorReasons {
    documents: DocumentsErrorReason;
  }
}
