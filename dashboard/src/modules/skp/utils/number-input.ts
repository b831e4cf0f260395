/** Reads a number typed the Indonesian way (`12,5`) or the English way (`12.5`); NaN if not one. */
export function parseNumberInput(text: string): number {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return Number.NaN;
  // One comma and no dot is a decimal comma; dots before a comma are thousands separators.
  const normalised = trimmed.includes(',') ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed;
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}
