import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeSlug from 'rehype-slug';
import rehypeExternalLinks, { type Options as ExternalLinksOptions } from 'rehype-external-links';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import remarkInitArticleData, { articleFacts, type ArticleFacts } from './article-facts.ts';
import remarkArticleBlocks from './remark-article-blocks.ts';
import remarkPlaceholderLinks from './remark-placeholder-links.ts';
import remarkRejectHtml from './remark-reject-html.ts';
import remarkSafeLinks from './remark-safe-links.ts';
import remarkSoftBreaks from './remark-soft-breaks.ts';
import rehypeBlockIds from './rehype-block-ids.ts';
import rehypeHeadingLinks from './rehype-heading-links.ts';
import rehypeQuoteAnchors, { type QuoteAnchor } from './rehype-quote-anchors.ts';
import rehypeQuotationCoverage from './rehype-quotation-coverage.ts';
import rehypeMentions, { type MentionTarget } from './rehype-mentions.ts';
import rehypeEventMarkers, { type EventMarker } from './rehype-event-markers.ts';
import rehypeUniqueIds from './rehype-unique-ids.ts';
import rehypeSiteLinks, { type SiteLink } from './rehype-site-links.ts';
import { BASE } from '../core/urls.ts';

/** The annotations an article is rendered with; all optional, so a bare article still renders. */
export interface Annotations {
  quotes?: QuoteAnchor[];
  /** Quotation texts that count as covered besides `quotes` (entries that could not be anchored). */
  covered?: string[];
  targets?: MentionTarget[];
  events?: EventMarker[];
  /** Ids the page template uses, which content must not take. */
  reserved?: readonly string[];
  /** The page's address, for messages. */
  page?: string;
}

/** Links to other sites must not give them a handle on this page or its address. */
export const EXTERNAL_LINKS: ExternalLinksOptions = { rel: ['noopener', 'noreferrer'] };

/**
 * The article pipeline, Markdown in, annotated HTML out, one unified plugin per step. The
 * order matters: ids before anchors (anchors name their paragraph), quotes before
 * mentions (a mention may sit inside a quote), everything before the id check.
 */
export function articleProcessor(annotations: Annotations = {}) {
  return remark()
    .use(remarkInitArticleData)
    .use(remarkRejectHtml)
    .use(remarkSafeLinks)
    .use(remarkDirective)
    .use(remarkArticleBlocks)
    .use(remarkPlaceholderLinks)
    .use(remarkSoftBreaks)
    .use(remarkRehype)
    .use(rehypeSiteLinks, { base: BASE })
    .use(rehypeSlug)
    .use(rehypeHeadingLinks)
    .use(rehypeBlockIds)
    .use(rehypeQuoteAnchors, { quotes: annotations.quotes ?? [] })
    .use(rehypeQuotationCoverage, {
      quotes: [...(annotations.quotes ?? []).map((q) => q.text), ...(annotations.covered ?? [])],
    })
    .use(rehypeMentions, { targets: annotations.targets ?? [] })
    .use(rehypeEventMarkers, { events: annotations.events ?? [] })
    .use(rehypeExternalLinks, EXTERNAL_LINKS)
    .use(rehypeUniqueIds, { reserved: annotations.reserved, page: annotations.page })
    .use(rehypeStringify);
}

/** An article as rendered: its HTML, what the plugins learned, and the problems they found. */
export interface RenderedArticle extends ArticleFacts {
  html: string;
  /** Links the article's text makes to this site's pages, for checking. */
  siteLinks: SiteLink[];
  messages: VFileMessage[];
}

/** Render one article's Markdown body; `path` names the file in problems. */
export function renderArticle(markdown: string, path: string, annotations: Annotations = {}): RenderedArticle {
  const file = articleProcessor(annotations).processSync(new VFile({ value: markdown, path }));
  return { html: String(file), ...articleFacts(file), siteLinks: file.data.siteLinks ?? [], messages: file.messages };
}
