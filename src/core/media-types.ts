/**
 * The media types of the files the site publishes whose types a web server's usual table
 * (nginx's mime.types) does not name: the build labels them so, and the nginx
 * configuration serves them so, so annotation tools and reference managers know them.
 */
export const MEDIA_TYPES = {
  jsonld: 'application/ld+json',
  bib: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
} as const;

/** CSL-JSON, the citation files' `.json`: served as JSON (its file extension), labelled as CSL. */
export const CSL_JSON_TYPE = 'application/vnd.citationstyles.csl+json';
