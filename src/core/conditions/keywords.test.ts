import { describe, expect, it } from 'vitest';
import { excerptAround, findKeyword, keywordPattern } from './keywords.ts';

describe('keyword matching', () => {
  it('is whole-word and case-insensitive', () => {
    const phrases = ['cancel', 'switch to'];
    expect(findKeyword('We want to Cancel.', phrases)?.matched).toBe('Cancel');
    expect(findKeyword('The cancellation policy', phrases)).toBeNull();
    expect(findKeyword('precancel', phrases)).toBeNull();
    expect(findKeyword('we may SWITCH\n  TO them', phrases)?.phrase).toBe('switch to');
  });

  it('treats curly and straight apostrophes alike and escapes symbols', () => {
    expect(findKeyword('We won’t renew', ["won't renew"])?.matched).toBe('won’t renew');
    expect(findKeyword('moving to C++ tools', ['C++'])?.matched).toBe('C++');
    expect(findKeyword('price is $5.00 (monthly)', ['$5.00 (monthly)'])?.phrase).toBe('$5.00 (monthly)');
    expect(findKeyword('a non-renewal notice', ['non-renewal', 'a/b [x]'])?.matched).toBe('non-renewal');
    expect(findKeyword('see a/b [x] here', ['a/b [x]'])?.matched).toBe('a/b [x]');
  });

  it('builds one ARE regex with word boundaries only where the phrase has word characters', () => {
    expect(keywordPattern(['cancel', 'not renewing'])).toBe('((?:\\mnot\\s+renewing\\M)|(?:\\mcancel\\M))');
    expect(keywordPattern(['C++'])).toBe('((?:\\mC\\+\\+))');
    expect(() => keywordPattern([' '])).toThrow();
  });

  it('cuts an excerpt around the match', () => {
    const text = `${'word '.repeat(40)}we will cancel the contract ${'more '.repeat(40)}`;
    const found = findKeyword(text, ['cancel'])!;
    const excerpt = excerptAround(text, found.index, found.matched.length, 20);
    expect(excerpt).toContain('cancel');
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThan(80);
  });
});
