/**
 * Splits a category label into lines of at most `maxChars` (at spaces; a longer word is cut), at
 * most `maxLines` of them; only what still does not fit ends in "…". Unit names wrap instead of
 * being cut to the same first 25 characters.
 */
export function wrapLabel(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= maxChars) current = candidate;
    else {
      if (current) lines.push(current);
      current = word.length > maxChars ? `${word.slice(0, maxChars - 1)}…` : word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1];
  kept[maxLines - 1] = last.length < maxChars ? `${last}…` : `${last.slice(0, maxChars - 1)}…`;
  return kept;
}
