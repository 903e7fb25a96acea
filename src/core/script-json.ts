/**
 * A value as JSON to put inside a `<script>` element (JSON-LD, page data): every `<` is
 * written `\u003c`, which a JSON reader reads back as `<`, so no value can close the
 * element (`</script>`) or open a comment in it.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
