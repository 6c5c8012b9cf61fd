/** One mention of each concept in the sample article, where a reader would point at it. */
export const sampleConcepts = [
  { selector: '#p1', text: 'security guarantees', entryId: 'security-guarantees' },
  { selector: '#p2', text: 'Article 5', entryId: 'nato-article-5' },
  { selector: '#p2', text: 'constitutional processes', entryId: 'constitutional-processes' },
  { selector: '#p3', text: 'tripwire force', entryId: 'tripwire-force' },
  { selector: '#p3', text: 'Coalition of the Willing', entryId: 'coalition-of-the-willing' },
  { selector: '#p5', text: 'red line', entryId: 'red-line' },
] as const;
