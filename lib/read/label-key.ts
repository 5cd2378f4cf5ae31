/**
 * The key a label or column header is remembered by when the assistant teaches the reader what it
 * shows (issue 14): the same label written with other case, accents, width, spacing, dashes, direction
 * marks, a trailing colon or an info icon gives the same key, on every row and every marketplace.
 */
export function labelKey(text: string): string {
  return text
    // Info icons first: NFKC would turn ⓘ into a letter.
    .replace(/[ⓘℹ]\ufe0f?/g, '')
    .normalize('NFKC')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/\s*[:：]\s*$/, '')
    .trim()
    .toLowerCase();
}
