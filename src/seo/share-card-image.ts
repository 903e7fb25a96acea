import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

/** What a share card says: a kicker (the kind of page), a title and a line of detail. */
export interface ShareCard {
  kicker: string;
  title: string;
  meta: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const require = createRequire(`${process.cwd()}/`);
const font = (file: string) => readFileSync(require.resolve(`@fontsource/${file}`));
let fonts: Parameters<typeof satori>[1]['fonts'] | undefined;

/** Fonts come from npm packages (@fontsource), so nothing is fetched at build time. */
function loadFonts() {
  fonts ??= [
    { name: 'Inter', data: font('inter/files/inter-latin-700-normal.woff'), weight: 700, style: 'normal' },
    { name: 'Inter', data: font('inter/files/inter-latin-400-normal.woff'), weight: 400, style: 'normal' },
    {
      name: 'Serif',
      data: font('source-serif-4/files/source-serif-4-latin-600-normal.woff'),
      weight: 600,
      style: 'normal',
    },
  ];
  return fonts;
}

/** Title size that keeps long titles inside the card. */
function titleSize(title: string): number {
  if (title.length < 50) return 68;
  if (title.length < 90) return 56;
  if (title.length < 140) return 46;
  return 38;
}

type Node = { type: string; props: Record<string, unknown> };
const div = (style: Record<string, unknown>, children: unknown): Node => ({ type: 'div', props: { style, children } });

/** Where a build without its own cache folder keeps cards: Astro's default `cacheDir`. */
export const DEFAULT_CARD_CACHE = 'node_modules/.astro/share-cards';

/** The versions of the renderers: a new satori or resvg may draw the same card differently. */
const RENDERERS = ['satori', '@resvg/resvg-js']
  .map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`)
  .join(' ');

let drawingDigest: string | undefined;

/** The renderers and the fonts, digested once: they shape every card the same way. */
function drawing(): string {
  if (drawingDigest) return drawingDigest;
  const digest = createHash('sha256').update(RENDERERS);
  for (const f of loadFonts()) digest.update(f.data as Buffer);
  return (drawingDigest = digest.digest('hex'));
}

/**
 * A card's name in the cache: a digest of everything that shapes it (the layout tree with
 * its text and styles, the fonts and the renderers' versions), so a rebuild draws only the
 * cards whose page changed.
 */
export function shareCardKey(card: ShareCard, siteName: string): string {
  return createHash('sha256')
    .update(drawing())
    .update(JSON.stringify(cardTree(card, siteName)))
    .digest('hex')
    .slice(0, 32);
}

/** Where the cache keeps the card of that key. */
export const cachedCardFile = (cacheDir: string, key: string) => `${cacheDir}/${key}.png`;

/**
 * Draw a card and keep it in the cache. It is written to a temporary file and renamed
 * into place, so a build that stops half-way never leaves a truncated card for the next
 * one to reuse. Returns the PNG.
 */
export async function drawShareCard(card: ShareCard, siteName: string, cacheDir: string): Promise<Buffer> {
  const tree = cardTree(card, siteName);
  const svg = await satori(tree as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts() });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
  const cached = cachedCardFile(cacheDir, shareCardKey(card, siteName));
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${cached}.${process.pid}.part`;
  writeFileSync(partial, png);
  renameSync(partial, cached);
  return png;
}

/** A card from the cache, or drawn into it (what `astro dev` serves). */
export async function renderShareCard(card: ShareCard, siteName: string, cacheDir: string): Promise<Buffer> {
  const cached = cachedCardFile(cacheDir, shareCardKey(card, siteName));
  return existsSync(cached) ? readFileSync(cached) : drawShareCard(card, siteName, cacheDir);
}

/** The card's layout, as satori's element tree. */
function cardTree(card: ShareCard, siteName: string): Node {
  return div(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      background: '#fdfcf9',
      color: '#1d1c1a',
      fontFamily: 'Inter',
    },
    [
      div({ width: 24, height: CARD_HEIGHT, background: '#8a2a12' }, []),
      div(
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          flexGrow: 1,
          padding: '56px 72px',
        },
        [
          div(
            { fontSize: 26, fontWeight: 700, letterSpacing: 2, color: '#8a2a12', textTransform: 'uppercase' },
            card.kicker,
          ),
          div(
            {
              display: 'flex',
              fontFamily: 'Serif',
              fontWeight: 600,
              fontSize: titleSize(card.title),
              lineHeight: 1.15,
              maxWidth: 1000,
            },
            card.title,
          ),
          div({ display: 'flex', flexDirection: 'column', fontSize: 26, color: '#55524c' }, [
            div({ display: 'flex' }, card.meta),
            div({ display: 'flex', marginTop: 12, fontWeight: 700, color: '#1d1c1a' }, siteName),
          ]),
        ],
      ),
    ],
  );
}
