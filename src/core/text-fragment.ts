/** Encode one term of a text directive: `-`, `,` and `&` have meanings there. */
export function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

/**
 * The text directive (after `:~:text=`) that finds these words on a page: the whole text
 * when short, else its first and last few words (`start,end`), per the Text Fragments spec.
 */
export function textDirective(text: string, words = 4): string {
  const parts = text.trim().split(/\s+/);
  if (parts.length <= words * 2) return encodeTerm(parts.join(' '));
  return `${encodeTerm(parts.slice(0, words).join(' '))},${encodeTerm(parts.slice(-words).join(' '))}`;
}
