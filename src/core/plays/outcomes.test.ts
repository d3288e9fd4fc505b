import { describe, expect, it } from 'vitest';
import { htmlUnescape, mailtoHref } from './mailto.ts';
import { judgementDay, successBy, successVerdict } from './outcomes.ts';
import { isOverdue, waitEnds } from './waits.ts';

describe('success windows', () => {
  it('end `within` days after the start, inclusive', () => {
    expect(successBy('2026-11-20', '30d')).toBe('2026-12-20');
    expect(successBy('2026-11-20', '2w')).toBe('2026-12-04');
    expect(successBy('2026-11-20', undefined)).toBeNull();
  });

  it('judge a play today while its window runs, else on its last day', () => {
    expect(judgementDay('2026-12-20', '2026-12-01')).toBe('2026-12-01');
    expect(judgementDay('2026-12-20', '2026-12-20')).toBe('2026-12-20');
    expect(judgementDay('2026-12-20', '2026-12-23')).toBe('2026-12-20');
  });

  it('decide success when the condition held, failure once the window is over, else nothing yet', () => {
    expect(successVerdict(true, '2026-12-20', '2026-12-01')).toBe('success');
    expect(successVerdict(false, '2026-12-20', '2026-12-20')).toBe('open');
    expect(successVerdict(false, '2026-12-20', '2026-12-21')).toBe('failure');
    expect(successVerdict(true, '2026-12-20', '2026-12-21')).toBe('success');
  });
});

describe('waits and overdue steps', () => {
  it('end after their duration or time out', () => {
    expect(waitEnds({ for: '5d' }, '2026-11-20')).toBe('2026-11-25');
    expect(waitEnds({ until: 'health.score > 70', timeout: '2w' }, '2026-11-20')).toBe('2026-12-04');
  });

  it('flag only open steps due before today', () => {
    expect(isOverdue('open', '2026-11-19', '2026-11-20')).toBe(true);
    expect(isOverdue('open', '2026-11-20', '2026-11-20')).toBe(false);
    expect(isOverdue('snoozed', '2026-11-01', '2026-11-20')).toBe(false);
    expect(isOverdue('open', null, '2026-11-20')).toBe(false);
  });
});

describe('email drafts', () => {
  it('turn the escaped body back into text, and into a mailto: link', () => {
    expect(htmlUnescape('Tom &amp; Jerry &lt;3 &#39;hi&#39; &quot;x&quot; &#34;y&#34;')).toBe(`Tom & Jerry <3 'hi' "x" "y"`);
    expect(mailtoHref('ann@example.com', 'Q3 & you', 'Hi Ann,\nthanks')).toBe('mailto:ann@example.com?subject=Q3%20%26%20you&body=Hi%20Ann%2C%0D%0Athanks');
    expect(mailtoHref(null, undefined, 'x')).toBe('mailto:?body=x');
  });
});
