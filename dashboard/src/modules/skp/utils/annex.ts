// The lampiran SKP: three free texts the owner writes while the plan is editable (updatePlanAnnex).
export const ANNEX_FIELDS = ['resourceSupport', 'accountabilityScheme', 'consequences'] as const;
export type AnnexField = (typeof ANNEX_FIELDS)[number];
export type AnnexDraft = Record<AnnexField, string>;
/** The API's limit per text once trimmed (UTF-16 units, as the textarea's maxLength counts). */
export const ANNEX_MAX_LENGTH = 2000;

type AnnexValues = Partial<Record<AnnexField, string | null | undefined>>;

/** What the inputs start with: the saved texts, blank where none. */
export function annexDraftOf(plan: AnnexValues): AnnexDraft {
  return {
    resourceSupport: plan.resourceSupport ?? '',
    accountabilityScheme: plan.accountabilityScheme ?? '',
    consequences: plan.consequences ?? '',
  };
}

/**
 * The mutation's input: every text trimmed, blank as null (clears it). All three are always sent:
 * the API stores what it gets, so a text left out would be cleared.
 */
export function annexInputOf(draft: AnnexDraft): Record<AnnexField, string | null> {
  const input = {} as Record<AnnexField, string | null>;
  for (const field of ANNEX_FIELDS) input[field] = draft[field].trim() || null;
  return input;
}

/** Whether the draft differs from what is saved, as the API would store it (trimmed, blank = none). */
export function annexChanged(draft: AnnexDraft, saved: AnnexValues): boolean {
  const input = annexInputOf(draft);
  return ANNEX_FIELDS.some((field) => input[field] !== (saved[field]?.trim() || null));
}

/** The fields whose trimmed text is longer than the API takes (a paste past maxLength). */
export function annexTooLong(draft: AnnexDraft): AnnexField[] {
  return ANNEX_FIELDS.filter((field) => draft[field].trim().length > ANNEX_MAX_LENGTH);
}
