/**
 * The timeline chart's layout drawn as inline SVG markup: real text, one link per event in
 * date order, colours and line styles from classes (the page's stylesheet maps them to the
 * site's colour tokens), no `style` attributes (the CSP forbids them). Pure: string in, out.
 *
 * It is drawn twice on the timeline and the front page, so it is written lean: what every
 * mark shares is in the stylesheet, not on each element (a mark's parts are told apart by
 * their element: its hit area is its `rect`, its symbol its last `path`, its label its
 * `text`), a link has an `aria-label` only where its name says more than its words, and
 * paths use relative commands with coordinates to a tenth of a pixel.
 */
import type { ChartLayout, Label, Mark, Shape } from './types.ts';

const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const round = (v: number) => Math.round(v * 10) / 10;
const n = (v: number) => String(round(v));

/**
 * A path through points, with relative commands (`h`, `v`, `l`) after the first: each step
 * is the difference of the rounded points, so the outline is exactly the absolute one's.
 */
function relativePath(points: readonly (readonly [number, number])[], close: boolean): string {
  const [first, ...rest] = points.map(([a, b]) => [round(a), round(b)] as const);
  if (!first) return '';
  let [x, y] = first;
  let d = `M${n(x)} ${n(y)}`;
  for (const [a, b] of rest) {
    const dx = round(a - x);
    const dy = round(b - y);
    [x, y] = [a, b];
    // A minus sign separates two numbers by itself.
    d += dy === 0 ? `h${n(dx)}` : dx === 0 ? `v${n(dy)}` : `l${n(dx)}${dy < 0 ? '' : ' '}${n(dy)}`;
  }
  return close ? `${d}Z` : d;
}

/** A symbol's outline, centred on (x, y), fitting a square `size` wide. */
export function symbolPath(shape: Shape, x: number, y: number, size: number): string {
  const r = size / 2;
  const pts = (list: [number, number][]) =>
    relativePath(
      list.map(([a, b]) => [x + a, y + b]),
      true,
    );
  switch (shape) {
    case 'circle':
      return `M${n(x - r)} ${n(y)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0Z`;
    case 'square': {
      const h = r * 0.88;
      return pts([
        [-h, -h],
        [h, -h],
        [h, h],
        [-h, h],
      ]);
    }
    case 'diamond': {
      const h = r * 1.18;
      return pts([
        [0, -h],
        [h, 0],
        [0, h],
        [-h, 0],
      ]);
    }
    case 'triangle-up':
      return pts([
        [0, -r * 1.1],
        [r * 1.1, r * 0.85],
        [-r * 1.1, r * 0.85],
      ]);
    case 'triangle-down':
      return pts([
        [0, r * 1.1],
        [r * 1.1, -r * 0.85],
        [-r * 1.1, -r * 0.85],
      ]);
    case 'plus': {
      const t = r * 0.38;
      const h = r * 1.05;
      return pts([
        [-t, -h],
        [t, -h],
        [t, -t],
        [h, -t],
        [h, t],
        [t, t],
        [t, h],
        [-t, h],
        [-t, t],
        [-h, t],
        [-h, -t],
        [-t, -t],
      ]);
    }
  }
}

/**
 * A label's text: the date in bold, then the title's words, one `<tspan>` per line. A space
 * stands between the lines, outside their tspans, so the text reads as words (to assistive
 * tech, and as the visible label a link's name must contain) though each line is placed on
 * its own.
 */
function labelText(label: Label, layout: ChartLayout, cls?: string): string {
  const { fontSize, lineHeight } = layout.options;
  const baseline = label.y + lineHeight / 2 + fontSize * 0.36;
  const lines = label.lines.map((line, i) => {
    const text = i === 0 && label.date ? `<tspan class="tl-date">${esc(label.date)}</tspan> ${esc(line)}` : esc(line);
    return i === 0 ? text : ` <tspan x="${n(label.x)}" dy="${n(lineHeight)}">${text}</tspan>`;
  });
  return `<text${cls ? ` class="${cls}"` : ''} x="${n(label.x)}" y="${n(baseline)}">${lines.join('')}</text>`;
}

const polyline = (points: [number, number][], cls: string) =>
  `<path class="${cls}" d="${relativePath(points, false)}"/>`;

/** A label's words as they read: the date, then the lines of the title, a space between each. */
const labelWords = (label: Label) => [label.date, ...label.lines].filter(Boolean).join(' ');

function markLink(mark: Mark, layout: ChartLayout): string {
  const s = layout.options.markSize;
  const { box } = mark.label;
  const pad = Math.min(3, layout.options.labelGap / 2 - 0.5);
  const parts: string[] = [];
  // The hit area (and the focus and hover highlight): the label's box, padded.
  parts.push(
    `<rect x="${n(box.x - pad)}" y="${n(box.y - pad)}" width="${n(box.width + 2 * pad)}" height="${n(box.height + 2 * pad)}"/>`,
  );
  if (mark.span) {
    const w = s * 0.8;
    parts.push(
      `<path class="tl-span" d="M${n(mark.cx)} ${n(mark.y0)}V${n(mark.y1)}M${n(mark.cx - w / 2)} ${n(mark.y0)}h${n(w)}M${n(mark.cx - w / 2)} ${n(mark.y1)}h${n(w)}"/>`,
    );
  }
  if (mark.highlight) parts.push(`<circle class="tl-ring" cx="${n(mark.cx)}" cy="${n(mark.cy)}" r="${n(s * 0.95)}"/>`);
  // The symbol: the mark's last path.
  parts.push(`<path d="${symbolPath(mark.shape, mark.cx, mark.cy, s)}"/>`);
  parts.push(labelText(mark.label, layout));
  // Held is the default; a status other than held, and the pair's meetings, are classes.
  const cls = [`k-${mark.kind}`, mark.status === 'held' ? '' : `s-${mark.status}`, mark.highlight ? 'is-pair' : '']
    .filter(Boolean)
    .join(' ');
  // The link is named by its words; a name that says more (the status) is its aria-label.
  const label = mark.name === labelWords(mark.label) ? '' : ` aria-label="${esc(mark.name)}"`;
  return `<a class="${cls}" href="${esc(mark.href)}"${label}>${parts.join('')}</a>`;
}

/** The whole chart as an `<svg>` element, named by `title`; it has no ids, so any number fit on a page. */
export function renderChartSvg(layout: ChartLayout, options: { title: string; className: string }): string {
  const { width, height, axisX, tickX } = layout;
  const s = layout.options.markSize;
  const decor: string[] = [];
  const ticks: string[] = [];
  const tickLabels: string[] = [];
  for (const p of layout.panels) {
    decor.push(`<text class="tl-heading" x="0" y="${n(p.headingY)}">${esc(p.heading)}</text>`);
    // The zoomed panel sits on the band's colour, as the band on the long view.
    if (p.name === 'focus' && layout.zoom) {
      const b = layout.zoom.band;
      decor.push(
        `<rect class="tl-backdrop" x="${n(b.x)}" y="${n(p.top)}" width="${n(b.width)}" height="${n(p.bottom - p.top)}" rx="1.5"/>`,
      );
    }
    for (const t of p.ticks) {
      ticks.push(`M${n(tickX - 2)} ${n(t.y)}H${n(axisX + s / 2 + 2)}`);
      if (t.text) tickLabels.push(`<text x="${n(tickX - 4)}" y="${n(t.labelY)}">${esc(t.text)}</text>`);
    }
    decor.push(`<path class="tl-axis" d="M${n(axisX)} ${n(p.top)}V${n(p.bottom)}"/>`);
  }
  decor.push(`<path class="tl-tick" d="${ticks.join('')}"/>`);
  decor.push(
    `<g class="tl-tick-label" font-size="${layout.options.tickFontSize}" text-anchor="end">${tickLabels.join('')}</g>`,
  );
  for (const seg of layout.gap?.segments ?? []) {
    decor.push(
      `<rect class="tl-gap" x="${n(axisX - s / 2 - 7)}" y="${n(seg.y0)}" width="4" height="${n(Math.max(seg.y1 - seg.y0, 1))}"/>`,
    );
  }
  if (layout.zoom) {
    const b = layout.zoom.band;
    decor.push(
      `<rect class="tl-band" x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" rx="1.5"/>`,
    );
    decor.push(polyline(layout.zoom.note.leader, 'tl-leader tl-note-leader'));
    decor.push(labelText(layout.zoom.note.label, layout, 'tl-note'));
  }
  if (layout.gap) decor.push(labelText(layout.gap.note.label, layout, 'tl-note tl-gap-note'));
  // All leaders in one path: they share a style.
  const leaders = layout.marks.map((m) => relativePath(m.leader, false)).join('');
  decor.push(`<path class="tl-leader" d="${leaders}"/>`);

  return (
    `<svg class="${esc(options.className)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-size="${layout.options.fontSize}" role="group" aria-label="${esc(options.title)}">` +
    `<g aria-hidden="true">${decor.join('')}</g>` +
    `<g class="tl-marks">${layout.marks.map((m) => markLink(m, layout)).join('')}</g>` +
    `</svg>`
  );
}
