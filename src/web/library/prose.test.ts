import { describe, expect, it } from 'vitest';
import { paragraphs, roleLabel } from './prose.ts';

describe('paragraphs', () => {
  it('joins wrapped lines and splits at blank lines', () => {
    expect(paragraphs('Starts 120 days out.\nThe renewal is\nworked as a plan.\n\n  Second paragraph.\n')).toEqual([
      'Starts 120 days out. The renewal is worked as a plan.',
      'Second paragraph.',
    ]);
  });

  it('gives nothing for blank text', () => {
    expect(paragraphs(' \n\n ')).toEqual([]);
  });
});

describe('roleLabel', () => {
  it('spells roles as people do', () => {
    expect(roleLabel('csm')).toBe('CSM');
    expect(roleLabel('executive')).toBe('Executive');
  });
});
