import { z } from 'astro/zod';
import { OCCASIONS } from '../core/vocabulary.ts';
import { corrections, dateSpan, ref, source, strictEntry, withdrawal } from './common.ts';
import { coversQuote, spoken } from './spoken.ts';

/**
 * One quotation in an article, anchored by its exact words like a W3C TextQuoteSelector
 * (`text`, with `prefix`/`suffix` to pick one occurrence when the words appear twice).
 */
export const quoteSchema = strictEntry(
  {
    article: ref('articles'),
    speaker: ref('glossary'),
    voices: ref('glossary').optional(),
    text: z.string({ error: 'add `text:` with the exact words inside the quotation marks, as printed' }).trim().min(1),
    prefix: z.string().trim().min(1).optional(),
    suffix: z.string().trim().min(1).optional(),
    said: strictEntry(
      {
        date: dateSpan,
        occasion: z.enum(OCCASIONS, { error: `\`said.occasion\` must be one of ${OCCASIONS.join(', ')}` }),
        where: z.string().min(1).optional(),
        place: ref('glossary').optional(),
        /** Where reports disagree on the date, or the date is inferred: the note shown beside it. */
        dateNote: z.string().trim().min(1).optional(),
      },
      '`said`',
    ),
    /** The language the words were spoken in and, for a translation, the speaker's own words. */
    spoken,
    context: z.string({ error: 'add `context:`, in Markdown: what prompted the words' }).min(1),
    annotation: z.string({ error: 'add `annotation:`, in Markdown: what the words mean and what followed' }).min(1),
    sources: z.array(source()).min(1, { error: 'cite at least one source (the article paragraph)' }),
    /** Shown among the key quotes on the front page. */
    featured: z.boolean().default(false),
    corrections,
    withdrawn: withdrawal.optional(),
  },
  'a quote',
).superRefine((quote, ctx) => {
  const covers = quote.spoken.original?.covers;
  if (covers && !coversQuote(covers, quote.text))
    ctx.addIssue({
      code: 'custom',
      path: ['spoken', 'original', 'covers'],
      message: `\`covers\` must be \`whole\` or words of the quote, copied from \`text:\` (“${quote.text}”)`,
    });
});

export type QuoteData = z.infer<typeof quoteSchema>;
