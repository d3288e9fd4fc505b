import { hashParts } from './random.ts';

// Made-up names from word lists. The competitor names the starter library watches for
// (Northwind, Contoso, Fabrikam) and the keyword phrases are deliberately absent, so a
// keyword trigger only fires on the mentions the generator plants.
const FIRST = [
  'Amber', 'Aspen', 'Birch', 'Bright', 'Cedar', 'Cinder', 'Clear', 'Cobalt', 'Copper', 'Coral', 'Crest', 'Dawn',
  'Elm', 'Ember', 'Fern', 'Flint', 'Fox', 'Frost', 'Gold', 'Granite', 'Harbor', 'Hazel', 'Heron', 'Iron', 'Ivy',
  'Juniper', 'Kestrel', 'Lark', 'Linden', 'Maple', 'Meadow', 'Moss', 'Oak', 'Onyx', 'Orchid', 'Pine', 'Quarry',
  'Raven', 'Reed', 'River', 'Rowan', 'Sable', 'Sage', 'Silver', 'Slate', 'Spruce', 'Stone', 'Summit', 'Tide',
  'Timber', 'Willow', 'Wren',
];
const SECOND = [
  'brook', 'field', 'gate', 'haven', 'hill', 'hollow', 'line', 'mark', 'mont', 'point', 'ridge', 'vale', 'view',
  'wood', 'well', 'bridge', 'fall', 'ford', 'light', 'moor', 'shore', 'side', 'water', 'way', 'stead', 'wick',
];
const SYLLABLE_HEAD = ['Al', 'Bel', 'Cal', 'Dor', 'Ev', 'Fal', 'Gal', 'Hal', 'Is', 'Jun', 'Kal', 'Lum', 'Mer', 'Nov', 'Or', 'Pel', 'Quin', 'Ros', 'Sol', 'Tal', 'Ul', 'Ver', 'Wyn', 'Zel'];
const SYLLABLE_TAIL = ['ara', 'ora', 'ix', 'ia', 'eon', 'ova', 'yx', 'ent', 'ium', 'ano', 'ella', 'ico', 'ari', 'eta', 'ura', 'ion', 'ence', 'is'];

const STEMS: string[] = [
  ...FIRST.flatMap((a) => SECOND.map((b) => a + b)),
  ...SYLLABLE_HEAD.flatMap((a) => SYLLABLE_TAIL.map((b) => a + b)),
];

export const DESCRIPTORS_PER_INDUSTRY = 6;

/** How many distinct names exist; below this many accounts, every account's name is unique. */
export const NAME_SPACE = STEMS.length * DESCRIPTORS_PER_INDUSTRY;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * A seeded bijection from account index to (stem, descriptor): an affine map modulo the name
 * space. Each account's name depends on its index alone, yet no two accounts share one.
 */
export function companyName(seed: number, index: number, descriptors: readonly string[]): string {
  let a = (hashParts(seed, 'name-a') % (NAME_SPACE - 1)) + 1;
  while (gcd(a, NAME_SPACE) !== 1) a = (a % (NAME_SPACE - 1)) + 1;
  const b = hashParts(seed, 'name-b') % NAME_SPACE;
  const slot = (((a * (index % NAME_SPACE)) % NAME_SPACE) + b) % NAME_SPACE;
  const stem = STEMS[Math.floor(slot / DESCRIPTORS_PER_INDUSTRY)]!;
  const descriptor = descriptors[slot % DESCRIPTORS_PER_INDUSTRY]!;
  const wrap = Math.floor(index / NAME_SPACE);
  const suffix = wrap === 0 ? '' : wrap <= WRAP_SUFFIXES.length ? ` ${WRAP_SUFFIXES[wrap - 1]}` : ` ${wrap + 1}`;
  return `${stem} ${descriptor}${suffix}`;
}

// Benchmarks ask for more accounts than there are names; these keep names unique well past that.
const WRAP_SUFFIXES = ['Group', 'International', 'Holdings', 'Global', 'North', 'West', 'Pacific', 'Atlantic', 'United', 'Worldwide'];

/** A domain under the reserved .example TLD, so no demo email can ever reach a real mailbox. */
export function companyDomain(name: string): string {
  return `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.example`;
}
