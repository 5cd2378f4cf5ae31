import { describe, expect, it } from 'vitest';
import { isValueShaped } from './label-anchors';

describe('isValueShaped', () => {
  it.each(['0.42%', '12,34 %', '412', '1.234,56', '٠٫٤٢٪', '٠٫٤٢٪\u061c', '\u200f٩٨٫٥٠٪', '٪٠٫٤٢', '١٬٢٣٤', '—', 'N/A'])('%s is a figure', (text) =>
    expect(isValueShaped(text)).toBe(true),
  );
  it.each(['Order Defect Rate', '2 of 221 orders', 'B2B', '%٠٫٤٢٪', 'Target: under 1%'])('%s is not', (text) => expect(isValueShaped(text)).toBe(false));
});
