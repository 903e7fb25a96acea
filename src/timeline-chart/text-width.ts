/**
 * How wide a label's text is, estimated at build time (there is no browser to measure it),
 * and its words broken into lines that fit.
 */

// Advance widths of DejaVu Sans (the widest common UI sans, and Debian's system-ui) in
// hundredths of an em, for U+0020–U+007E; other characters count as a full em.
const WIDTHS = {
  regular: [
    32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84,
    84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61,
    69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59,
    82, 59, 59, 52, 64, 34, 64, 84,
  ],
  bold: [
    35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40, 40, 84,
    84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77, 64, 100, 84, 85, 73, 85, 77, 72, 68, 81, 77, 110, 77,
    72, 73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71,
    65, 92, 65, 65, 58, 71, 37, 71, 84,
  ],
};
const EXTRA: Record<string, number> = {
  '–': 50,
  '—': 100,
  '’': 38,
  '‘': 38,
  '“': 66,
  '”': 66,
  '…': 100,
  é: 68,
  '·': 38,
};

/** The width of a text at a font size, estimated a little generously so lines never overrun. */
export function textWidth(text: string, fontSize: number, weight: 'regular' | 'bold' = 'regular'): number {
  let hundredths = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    hundredths += code >= 32 && code < 127 ? WIDTHS[weight][code - 32]! : (EXTRA[ch] ?? 100);
  }
  return (hundredths / 100) * fontSize * 1.04;
}

/** Break a bold date and the title's words into lines no wider than `width`. */
export function wrapLabel(date: string, title: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = date ? textWidth(`${date} `, fontSize, 'bold') : 0;
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const w = textWidth(line ? ` ${word}` : word, fontSize);
    // A word that does not fit goes to the next line (after a date alone, if need be).
    if ((line || (lines.length === 0 && date)) && used + w > width) {
      lines.push(line);
      line = word;
      used = textWidth(word, fontSize);
    } else {
      line = line ? `${line} ${word}` : word;
      used += w;
    }
  }
  lines.push(line);
  return lines;
}
