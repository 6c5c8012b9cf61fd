/**
 * Entry ids that tools outside the code measure against (the matcher's evaluation, the hidden
 * test set). They must always exist, with phrases in all six languages.
 */
export const requiredIds = [
  'security-guarantees',
  'security-assurances',
  'tripwire-force',
  'coalition-of-the-willing',
  'reassurance-force',
  'nato-article-5',
  'nato-article-4',
  'washington-treaty',
  'constitutional-processes',
  'budapest-memorandum',
  'minerals-deal',
  'sphere-of-influence',
  'nato-membership-ukraine',
  'boots-on-the-ground',
  'ceasefire',
  'territorial-concessions',
  'red-line',
] as const;
