import type { documentsId } from './id';

// English texts of the document downloads; spread into i18n/dictionaries/en.ts.
export const documentsEn: Record<keyof typeof documentsId, string> = {
  'documents.skp': 'Download SKP (PDF)',
  'documents.evaluation': 'Download evaluation document (PDF)',
  'documents.organizationPredicate': 'Download predicate decision & curve (PDF)',
  'documents.recap': 'Download performance recap (Excel)',
  'documents.jpRecap': 'Download JP recap (Excel)',
  'documents.downloading': 'Downloading…',
  'documents.error.UNAUTHENTICATED': 'Your session has ended. Please log in again.',
  'documents.error.FORBIDDEN': 'You may not download this document.',
  'documents.error.NOT_FOUND': 'Document not found.',
  'documents.error.NETWORK': 'Cannot reach the server. Try again.',
  'documents.error.SERVER': 'The document cannot be produced right now. Try again later.',
  'documents.period': 'Recap period',
};
