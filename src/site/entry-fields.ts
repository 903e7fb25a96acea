import type { Collection } from '../schemas/common.ts';
import type { FieldSpec } from './entry-history.ts';

/**
 * The fields of each kind of entry a reader sees, in the order its page shows them, with
 * the name a correction's diff and an earlier edition's page give each: the fields a
 * correction may record in `before`.
 */
export const ENTRY_FIELDS: Record<Collection, readonly FieldSpec[]> = {
  articles: [
    { path: 'title', label: 'Headline', type: 'text' },
    { path: 'dek', label: 'Summary', type: 'text' },
  ],
  quotes: [
    { path: 'text', label: 'The words', type: 'text' },
    { path: 'speaker', label: 'Speaker', type: 'ref' },
    { path: 'voices', label: 'Whose words the speaker imagines', type: 'ref' },
    { path: 'said.date', label: 'When', type: 'date' },
    { path: 'said.occasion', label: 'Occasion', type: 'text' },
    { path: 'said.dateNote', label: 'About the date', type: 'text' },
    { path: 'said.where', label: 'Where', type: 'text' },
    { path: 'said.place', label: 'Place', type: 'ref' },
    { path: 'spoken', label: 'As spoken', type: 'spoken' },
    { path: 'context', label: 'Context', type: 'markdown' },
    { path: 'annotation', label: 'What it means', type: 'markdown' },
    { path: 'sources', label: 'Sources', type: 'sources' },
  ],
  glossary: [
    { path: 'name', label: 'Name', type: 'text' },
    { path: 'kind', label: 'Kind', type: 'text' },
    { path: 'role', label: 'Role', type: 'text' },
    { path: 'description', label: 'Description', type: 'text' },
    { path: 'aliases', label: 'Counted as mentions', type: 'list' },
    { path: 'spellings', label: 'Also spelled', type: 'spellings' },
    { path: 'sources', label: 'Sources', type: 'sources' },
  ],
  timeline: [
    { path: 'title', label: 'Title', type: 'text' },
    { path: 'date', label: 'Date', type: 'date' },
    { path: 'dateNote', label: 'About the date', type: 'text' },
    { path: 'kind', label: 'Kind', type: 'text' },
    { path: 'status', label: 'Status', type: 'text' },
    { path: 'place', label: 'Place', type: 'ref' },
    { path: 'venue', label: 'Venue', type: 'text' },
    { path: 'participants', label: 'Taking part', type: 'refs' },
    { path: 'declined', label: 'Invited, did not take part', type: 'refs' },
    { path: 'summary', label: 'Summary', type: 'markdown' },
    { path: 'sources', label: 'Sources', type: 'sources' },
  ],
};
