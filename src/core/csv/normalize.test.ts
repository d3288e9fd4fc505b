import { describe, expect, it } from 'vitest';
import { normalizeDomain, normalizeLifecycleStage, normalizeTouchModel, parseRoles } from './normalize.ts';

describe('normalize', () => {
  it.each([
    ['https://www.Acme.com/about?x=1', 'acme.com'],
    ['http://acme.co.uk:8080', 'acme.co.uk'],
    ['acme.com', 'acme.com'],
    ['WWW.ACME.COM.', 'acme.com'],
  ])('domain %j → %j', (text, expected) => expect(normalizeDomain(text)).toBe(expected));

  it('reads touch models and lifecycle stages as people write them', () => {
    expect(['High Touch', 'tech-touch', 'Low', 'low_touch'].map(normalizeTouchModel)).toEqual(['high', 'tech', 'low', 'low']);
    expect(normalizeTouchModel('Touch')).toBe('Touch');
    expect(['At Risk', 'at_risk', 'Onboarding'].map(normalizeLifecycleStage)).toEqual(['at-risk', 'at-risk', 'onboarding']);
  });

  it('splits role lists', () => {
    expect(parseRoles('Champion; Executive Sponsor, decision-maker | User')).toEqual(['champion', 'executive_sponsor', 'decision_maker', 'user']);
  });
});
