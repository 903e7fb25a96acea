/** The parts of Citation.js the site uses (the packages ship no type declarations). */
declare module '@citation-js/core' {
  export class Cite {
    /** Parses any input a loaded plugin reads: CSL-JSON, BibTeX, RIS. */
    constructor(data: unknown);
    /** The items, as CSL-JSON. */
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): unknown;
  }
  export const plugins: {
    config: { get(name: string): unknown };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
