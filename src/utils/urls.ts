/** Every public address the site makes, in one place, so links and pages agree. */

export const articleUrl = (slug: string) => `/articles/${slug}/`;
export const quoteUrl = (id: string) => `/quotes/${id}/`;
export const glossaryUrl = (id: string) => `/glossary/${id}/`;
export const eventUrl = (id: string) => `/timeline/#${id}`;
