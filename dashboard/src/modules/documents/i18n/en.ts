import type { documentsId } from './id';

// English texts of the document downloads; spread into i18n/dictionaries/en.ts.
export const documentsEn: Record<keyof typeof documentsId, string> = {
  'documents.skp': 'Download SKP (PDF)',
  'documents.evaluation': 'Download evaluation document (PDF)',
  /** In a row of the team's evaluations, beside the row's other actions. */
  'documents.evaluationShort': 'Download PDF',
  'documents.evaluationOf': 'Download PDF: evaluation document of {name}',
  'documents.organizationPredicate': 'Download predicate decision & curve (PDF)',
  'documents.recap': 'Download performance recap (Excel)',
  'documents.jpRecap': 'Download JP recap (Excel)',
  'documents.roster': 'Download employee list (.xlsx)',
  'documents.rosterTemplate': 'Download import template (.xlsx)',
  'documents.auditLog': 'Download the audit trail (Excel)',
  'documents.downloading': 'Downloading…',
  'documents.error.UNAUTHENTICATED': 'Your session has ended. Please log in again.',
  'documents.error.FORBIDDEN': 'You may not download this document.',
  'documents.error.NOT_FOUND': 'Document not found.',
  'documents.error.NETWORK': 'Cannot reach the server. Try again.',
  'documents.error.SERVER': 'The document cannot be produced right now. Try again later.',
  'documents.period': 'Recap period',
  'documents.kecamatanRecaps': 'Kecamatan recaps',
  'documents.kecamatanRecapsHint':
    'One row per employee of the whole kecamatan for the {year} cycle, to send to the BKPSDM.',
  'annex.title': 'SKP annex (lampiran)',
  'annex.hint':
    'Resource support, accountability scheme and consequences are printed as the annex of the SKP document.',
  'annex.readOnlyHint': 'The annex can be changed while the SKP is Draft or Returned.',
  'annex.resourceSupport': 'Resource support (dukungan sumber daya)',
  'annex.resourceSupport.hint': 'Budget, facilities, applications or training you need.',
  'annex.accountabilityScheme': 'Accountability scheme (skema pertanggungjawaban)',
  'annex.accountabilityScheme.hint': 'How, when and to whom results are reported.',
  'annex.consequences': 'Consequences (konsekuensi)',
  'annex.consequences.hint':
    'What follows from the results, e.g. performance allowance or coaching.',
  'annex.empty': 'Not filled in',
  'annex.save': 'Save annex',
  'annex.saving': 'Saving…',
  'annex.saved': 'Annex saved.',
  'annex.unsaved': 'You have unsaved changes.',
  'annex.tooLong': 'At most {max} characters.',
  'annex.stale':
    'This SKP changed since you opened it. Your text is still here: reload the SKP, check it, then save again.',
  'annex.reload': 'Reload SKP',
  'annex.reloading': 'Reloading…',
};
