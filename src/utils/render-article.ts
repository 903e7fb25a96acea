import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import remarkArticleBlocks from '../integrations/remark-article-blocks.ts';
import remarkPlaceholderLinks from '../integrations/remark-placeholder-links.ts';
import remarkRejectHtml from '../integrations/remark-reject-html.ts';
import remarkSafeLinks from '../integrations/remark-safe-links.ts';
import rehypeExternalLinks from '../integrations/rehype-external-links.ts';
import rehypeParagraphIds, { type ParagraphInfo } from '../integrations/rehype-paragraph-ids.ts';
import rehypeHeadingLinks, { type HeadingInfo } from '../integrations/rehype-heading-links.ts';
import rehypeQuoteAnchors, { type AnchoredQuote, type QuoteAnchor } from '../integrations/rehype-quote-anchors.ts';
import rehypeMentions, { type Mention, type MentionTarget } from '../integrations/rehype-mentions.ts';
import rehypeEventMarkers, { type EventMarker } from '../integrations/rehype-event-markers.ts';

export interface RenderedArticle {
  html: string;
  headings: HeadingInfo[];
  paragraphs: ParagraphInfo[];
  /** Photo captions (the photos are not shown), by figure id. */
  figures: ParagraphInfo[];
  quotes: AnchoredQuote[];
  mentions: Mention[];
}

/** The annotations an article is rendered with; all optional, so a bare article still renders. */
export interface Annotations {
  quotes?: QuoteAnchor[];
  targets?: MentionTarget[];
  events?: EventMarker[];
}

/** The article pipeline: Markdown in, annotated HTML out. Each step is a unified plugin. */
export function articleProcessor(annotations: Annotations = {}) {
  return unified()
    .use(remarkParse)
    .use(remarkRejectHtml)
    .use(remarkSafeLinks)
    .use(remarkDirective)
    .use(remarkArticleBlocks)
    .use(remarkPlaceholderLinks)
    .use(remarkRehype)
    .use(rehypeSlug)
    .use(rehypeHeadingLinks)
    .use(rehypeParagraphIds)
    .use(rehypeQuoteAnchors, { quotes: annotations.quotes ?? [] })
    .use(rehypeMentions, { targets: annotations.targets ?? [] })
    .use(rehypeEventMarkers, { events: annotations.events ?? [] })
    .use(rehypeExternalLinks)
    .use(rehypeStringify);
}

/** Render one article's Markdown body; `path` names the file in any error. */
export async function renderArticle(markdown: string, path: string, annotations: Annotations = {}): Promise<RenderedArticle> {
  const file = await articleProcessor(annotations).process(new VFile({ value: markdown, path }));
  return {
    html: String(file),
    headings: file.data.headings ?? [],
    paragraphs: file.data.paragraphs ?? [],
    figures: file.data.figures ?? [],
    quotes: file.data.anchoredQuotes ?? [],
    mentions: file.data.mentions ?? [],
  };
}
