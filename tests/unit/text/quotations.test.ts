import { describe, expect, it } from 'vitest';
import { findQuotations, quotationKey, scanQuotations } from '../../../src/text/quotations.ts';

describe('finding quotations', () => {
  it('finds double-quoted passages and single-quoted ones inside them, not apostrophes', () => {
    expect(
      findQuotations('“What Putin will say is ‘let’s do it,’ but first,” she said. He’s “too afraid” to go.').map(
        (q) => [q.text, q.nested],
      ),
    ).toEqual([
      ["What Putin will say is 'let's do it,' but first,", false],
      ["let's do it,", true],
      ['too afraid', false],
    ]);
  });

  it('pairs mixed straight and typographic marks as written', () => {
    expect(findQuotations('He said “no deal," then "maybe” and left.').map((q) => q.text)).toEqual([
      'no deal,',
      'maybe',
    ]);
    expect(scanQuotations('“One" and "two”.').unbalanced).toBe('');
  });

  it('tells a straight opening mark from a closing one by what precedes it', () => {
    expect(findQuotations('"A," he said, "B." Then: ("C")').map((q) => q.text)).toEqual(['A,', 'B.', 'C']);
  });

  it('finds a quotation inside a quotation in double marks too', () => {
    expect(findQuotations('“He called it “a farce” twice,” she said.').map((q) => [q.text, q.nested])).toEqual([
      ['He called it "a farce" twice,', false],
      ['a farce', true],
    ]);
  });

  it('pairs guillemets, in which our notes quote Russian and Ukrainian words', () => {
    expect(findQuotations('It drops «Тому» and says “should” for «повинні».').map((q) => q.text)).toEqual([
      'Тому',
      'should',
      'повинні',
    ]);
    expect(scanQuotations('An open «guillemet.').unbalanced).toBe('1 opening mark with no closing mark');
  });

  it('says which marks do not pair up', () => {
    expect(scanQuotations('He said “no deal and left.').unbalanced).toBe('1 opening mark with no closing mark');
    expect(scanQuotations('He said no deal” and left.').unbalanced).toBe('1 closing mark with no opening mark');
    expect(scanQuotations('“a” and “b”').unbalanced).toBe('');
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(findQuotations('“It’s rock ’n’ roll from the ’90s,” he said.').map((q) => q.text)).toEqual([
      "It's rock 'n' roll from the '90s,",
    ]);
  });

  it('compares quotations without trailing punctuation', () => {
    expect(quotationKey('no deal.')).toBe('no deal');
    expect(quotationKey('  too afraid, ')).toBe('too afraid');
  });
});
