// The little of snowball-stemmers (a JS port of the Snowball stemmers) that measure-stemmer.ts uses.
declare module 'snowball-stemmers' {
  const snowball: {
    newStemmer(algorithm: string): { stem(word: string): string };
    algorithms(): string[];
  };
  export default snowball;
}
