import { describe, expect, it } from 'vitest';
import { parseMarkedText } from './marked-text.ts';

describe('parseMarkedText', () => {
  it('splits the matches out of escaped text', () => {
    expect(parseMarkedText('Before the <mark>renewal</mark> date &#38; after &#60;b&#62;')).toEqual([
      { text: 'Before the ', marked: false },
      { text: 'renewal', marked: true },
      { text: ' date & after <b>', marked: false },
    ]);
  });

  it('keeps any other tag as visible text, never markup', () => {
    const segments = parseMarkedText('<img src=x onerror=alert(1)><mark>hit</mark>');
    expect(segments).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false },
      { text: 'hit', marked: true },
    ]);
  });

  it('decodes named and hex entities and leaves unknown ones alone', () => {
    expect(parseMarkedText('&quot;a&quot; &#x27;b&#x27; &nbsp;')).toEqual([{ text: `"a" 'b' &nbsp;`, marked: false }]);
  });
});
