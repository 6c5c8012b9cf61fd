/**
 * Words of a normalised text with their offsets, and where sentences break. Phrases only match
 * inside one sentence; a hyphen between two words is remembered so that "trip-wire" can be read
 * as "tripwire" when the knowledge base knows that word.
 */
export interface Tokens {
  words: string[];
  /** Offsets in the normalised text. */
  starts: number[];
  ends: number[];
  /** Sentence number of each word; phrases never cross sentences. */
  sentences: number[];
  /** `hyphenated[i]`: word `i` is joined to word `i - 1` by a hyphen and nothing else. */
  hyphenated: boolean[];
}

// Letters and digits, with apostrophes inside words (Ukrainian "зв'язку", English "NATO's").
const wordPattern = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
// French elision: "l'article", "d'un", "qu'il" are two words.
const elision = /^(?:qu|[cdjlmnst])'(?=[a-z])/;

export function tokenise(text: string): Tokens {
  const tokens: Tokens = { words: [], starts: [], ends: [], sentences: [], hyphenated: [] };
  let sentence = 0;
  let previousEnd = -1;
  let previousLength = 0;
  for (const found of text.matchAll(wordPattern)) {
    let word = found[0];
    let start = found.index;
    let end = start + word.length;
    const elided = elision.exec(word);
    if (elided) {
      word = word.slice(elided[0].length);
      start += elided[0].length;
    }
    // English possessive: "Ukraine's security" reads as "Ukraine security".
    if (word.endsWith("'s")) {
      word = word.slice(0, -2);
      end -= 2;
    }
    let hyphenated = false;
    if (previousEnd >= 0) {
      const gapBreaks = breaksSentence({ text, from: previousEnd, to: found.index, previousLength });
      if (gapBreaks) sentence++;
      hyphenated = found.index - previousEnd === 1 && text.charCodeAt(previousEnd) === HYPHEN;
    }
    tokens.words.push(word);
    tokens.starts.push(start);
    tokens.ends.push(end);
    tokens.sentences.push(sentence);
    tokens.hyphenated.push(hyphenated);
    previousEnd = found.index + found[0].length;
    previousLength = word.length;
  }
  return tokens;
}

const HYPHEN = 45;
const sentenceEnders = new Set(['.', '!', '?', ';', ':'].map((c) => c.charCodeAt(0)));

function breaksSentence({
  text,
  from,
  to,
  previousLength,
}: {
  text: string;
  from: number;
  to: number;
  previousLength: number;
}): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (!sentenceEnders.has(code)) continue;
    // "U.S." and "e.g.": a dot right after a one-letter word is an abbreviation.
    if (code === 46 && previousLength === 1 && i === from) continue;
    return true;
  }
  return false;
}
