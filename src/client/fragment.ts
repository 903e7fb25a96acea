/** The id a fragment names (without any `:~:text=` directive), or the raw fragment when it is not valid percent-encoding. */
export function fragmentId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1)).split(':~:')[0]!;
  } catch {
    return hash.slice(1);
  }
}
