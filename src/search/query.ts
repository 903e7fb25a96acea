/**
 * What Pagefind is asked for a query. Pagefind's search code drops dashes and slashes
 * from a query and glues the words around them into one (`2026-11-27` → `20261127`,
 * `/quotes/trump-best-friends/` → `quotestrumpbestfriends`), a word no text holds, which it
 * then answers with whatever its longest indexed beginning finds (`20`, `quot`). The index
 * keeps such words' parts as words of their own, so outside a quoted phrase the parts are
 * asked as separate words: a date or an address finds only texts that have its parts.
 * Inside quotes the words stay as typed, for the exact phrase.
 */
export function pagefindQuery(query: string): string {
  return query
    .replace(/(["“”][^"“”]*["“”]?)|[^"“”]+/g, (part, quoted?: string) =>
      quoted ? part : part.replace(/[\p{Pd}/\\]+/gu, ' '),
    )
    .replace(/\s+/g, ' ')
    .trim();
}
