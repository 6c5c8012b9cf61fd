import { compileRules } from './context-rules';
import { buildIndexes, type MatchableEntry } from './index';
import type { MatchGateData } from './match-gate';
import { encodeFamily } from './vocabulary';

/**
 * Build time: reads, from the matcher's own index, what a sentence must hold for the matcher to
 * find anything in it (match-gate.ts checks pages for it). Every way the matcher finds something
 * needs one of these conditions, so the gate never hides a match:
 *
 * - a phrase needs, in one sentence, every word of one of its spellings ("red line",
 *   "redline"; a "…" phrase every part): the three rarest words of each spelling are a condition;
 * - a description needs a word of every group in one sentence: its three rarest groups are one;
 * - a near miss needs its anchor word as written and every other word of the phrase present or
 *   written with a slip: the anchor with its phrase's two rarest other words (the witnesses: each
 *   a word of its family, or a slip of the word, in the same sentence);
 * - a short form counts only where its entry is named in full on the page: nothing of its own;
 * - a phrase that a context rule lets through only beside certain words in its paragraph
 *   ("MAP" beside "NATO" or "alliance") has its condition ask for one of them there too.
 *
 * "Rarest" is the longest: long words ("guarantees", "coalition", "article5") are rare on pages
 * with nothing to mark, short ones ("war", "into", "the") are everywhere.
 */
/**
 * Words (or groups) a condition asks for: more is a tighter gate ("attack" and "one" are on
 * many pages, with "all" beside them much fewer), at the price of a larger condition table.
 */
const maxAtoms = 3;

/**
 * Words this short are taken for common ones ("the", "in", "de", "на"): a condition asks for
 * them only when it has fewer than two longer words, a near miss never.
 */
const commonWordLength = 3;

export function matchGateDataOf(entries: readonly MatchableEntry[]): MatchGateData {
  const { index, fuzzy } = buildIndexes(entries);
  const { vocabulary } = index;
  const familyLength = new Array<number>(vocabulary.size).fill(0);
  const familyStems = vocabulary.stemsOfFamilies((family) => family);
  familyStems.forEach((stems, family) => {
    familyLength[family] = Math.max(...stems.map(({ stem }) => stem.length));
  });
  /** An atom is satisfied by a word of any of its families; its strength is its commonest word. */
  const strength = (atom: readonly number[]) =>
    Math.min(...atom.map((family) => familyLength[family] ?? 0));
  const conditions = new Map<
    string,
    { atoms: number[][]; requires: Set<string> | null; shortWords: string[][] }
  >();
  const wordLists = new WordLists();
  /** A short atom's words, each to be found whole (with an ending) in the paragraph. */
  const wholeWordsOf = (atom: readonly number[]) =>
    atom.flatMap((family) => (familyStems[family] ?? []).map(({ stem }) => `=${stem}`));
  /**
   * Keeps the strongest atoms (up to `maxAtoms`) as a condition; `requires`: words one of
   * which its paragraph must hold, or null. The same atoms from elsewhere ask for either.
   */
  const addCondition = (atoms: number[][], requires: readonly string[] | null = null) => {
    const distinct = new Map(atoms.map((atom) => [[...new Set(atom)].sort().join(' '), atom]));
    const strongest = [...distinct.values()].sort((a, b) => strength(b) - strength(a));
    // Short words ("the", "in", "de") are on every page: every page would pay to look each one
    // up. A condition with two longer words leaves them out of its atoms, and looks for them in
    // the paragraph only once the longer ones are met ("de" keeps "traité de Washington" off
    // English pages that say "Washington" and "traits").
    const long = strongest.filter((atom) => strength(atom) > commonWordLength);
    const chosen = (long.length >= 2 ? long : strongest).slice(0, maxAtoms);
    const shortWords =
      long.length >= 2
        ? strongest
            .slice(0, maxAtoms)
            .filter((atom) => strength(atom) <= commonWordLength)
            .map(wholeWordsOf)
        : [];
    const key = [...chosen.map((atom) => [...new Set(atom)].sort().join(' ')), ...shortWords].join(
      '|',
    );
    if (chosen.length === 0) return;
    const known = conditions.get(key);
    const required = !requires || (known && !known.requires) ? null : new Set(requires);
    if (required && known?.requires) for (const word of known.requires) required.add(word);
    conditions.set(key, { atoms: chosen, requires: required, shortWords });
  };

  // Phrases: their spellings, by part.
  const spellingsOfPhrase = new Map<number, number[][][]>();
  index.usesOfPattern.forEach((uses, pattern) => {
    const families = index.patterns[pattern] ?? [];
    if (families.length === 0) return;
    for (const { phrase, part } of uses) {
      if (index.phrases[phrase]?.short) continue;
      const parts = spellingsOfPhrase.get(phrase) ?? [];
      const spellings = parts[part] ?? [];
      spellings.push(families);
      parts[part] = spellings;
      spellingsOfPhrase.set(phrase, parts);
    }
  });
  for (const [phrase, parts] of spellingsOfPhrase) {
    // Each way of spelling every part ("red line" or "redline") is a condition of its own.
    let ways: number[][] = [[]];
    for (const spellings of parts) {
      ways = ways.flatMap((way) => (spellings ?? []).map((spelling) => [...way, ...spelling]));
    }
    const requires = paragraphWordsRequired(entries, index.phrases[phrase]);
    for (const way of ways) {
      addCondition(
        way.map((family) => [family]),
        requires,
      );
    }
  }
  // Descriptions: their groups, each an atom.
  const groups = index.descriptions.map(({ groupCount }) =>
    Array.from({ length: groupCount }, () => [] as number[]),
  );
  index.groupsOfFamily.forEach((uses, family) => {
    for (const { description, group } of uses) groups[description]?.[group]?.push(family);
  });
  for (const groupsOfDescription of groups) {
    if (groupsOfDescription.every((group) => group.length > 0)) addCondition(groupsOfDescription);
  }

  // Near misses: each anchor with the witnesses of the phrases it anchors.
  const gateFamilies = new Set<number>();
  for (const { atoms } of conditions.values()) {
    for (const atom of atoms) for (const family of atom) gateFamilies.add(family);
  }
  type Witness = [family: number, word: number];
  const anchors: { family: number; shortest: number; witnesses: Map<string, Witness[]> }[] = [];
  fuzzy.phrasesOfAnchor.forEach((phrases, family) => {
    if (!phrases) return;
    const witnesses = new Map<string, Witness[]>();
    for (const phrase of phrases) {
      const others = (fuzzy.wordsOfPhrase.get(phrase) ?? []).filter(
        (word) => word.family !== family && word.family >= 0,
      );
      // The phrase's two rarest other words, each present or written with a slip.
      const chosen = [...new Map(others.map((word) => [word.family, word])).values()]
        .sort((a, b) => (familyLength[b.family] ?? 0) - (familyLength[a.family] ?? 0))
        .slice(0, 2)
        .map((witness): Witness => {
          // A short word allows no slip: it is looked for whole in the paragraph, as the
          // conditions' short words are, and stays out of the gate's vocabulary.
          if ((familyLength[witness.family] ?? 0) <= commonWordLength) {
            return [-1, wordLists.indexOf(wholeWordsOf([witness.family]))];
          }
          // The word as the phrase writes it: its slips are what fuzzy.ts allows.
          const word = (familyStems[witness.family] ?? []).findIndex(
            ({ stem }) => stem === witness.word,
          );
          gateFamilies.add(witness.family);
          return [witness.family, word];
        });
      if (chosen.length > 0) witnesses.set(JSON.stringify(chosen), chosen);
    }
    if (witnesses.size === 0) return;
    gateFamilies.add(family);
    anchors.push({ family, shortest: fuzzy.shortestAnchor[family] ?? 0, witnesses });
  });

  // Gate families are renumbered 0…n-1 in the order of the matcher's families.
  const renumbered = new Map([...gateFamilies].sort((a, b) => a - b).map((f, i) => [f, i]));
  const gateFamily = (family: number) => renumbered.get(family) ?? -1;
  return {
    families: vocabulary.stemsOfFamilies(gateFamily).map(encodeFamily),
    conditions: [...conditions.values()].map(({ atoms }) =>
      atoms.map((atom) => atom.map(gateFamily)),
    ),
    requirements: [...conditions.values()].flatMap(({ requires, shortWords }, condition) =>
      [...(requires ? [[...requires]] : []), ...shortWords].map((words): [number, number] => [
        condition,
        wordLists.indexOf(words),
      ]),
    ),
    requiredWords: wordLists.lists,
    anchors: anchors.map(({ family, shortest, witnesses }) => [
      gateFamily(family),
      shortest,
      [...witnesses.values()].map((all) => all.map(([family, word]) => [gateFamily(family), word])),
    ]),
  };
}

/**
 * The words (the longest of each, as normalised text) one of which a context rule asks the
 * phrase's paragraph to hold, or null when none does (or the rule may also look at the page or
 * the story, which the gate does not read). Looked for at the start of the paragraph's words:
 * looser than the rule, which asks for whole words or inflections.
 */
function paragraphWordsRequired(
  entries: readonly MatchableEntry[],
  phrase: { entry: number; normalised: string } | undefined,
): string[] | null {
  if (!phrase) return null;
  const rule = compileRules(entries[phrase.entry]?.context).find(
    ({ phrases, requireAny, scope, orInStory }) =>
      requireAny !== null &&
      scope === 'paragraph' &&
      !orInStory &&
      (phrases === null || phrases.has(phrase.normalised)),
  );
  // Where the rule finds its words the paragraph holds each of them, so its longest will do.
  return (
    rule?.requireAny?.map((pattern) =>
      pattern.reduce((longest, { text }) => (text.length > longest.length ? text : longest), ''),
    ) ?? null
  );
}

/**
 * Lists of words a paragraph must hold one of, shared between the conditions and witnesses
 * that ask for the same (many phrases of an entry share one rule). A list of word beginnings
 * drops the words that start with another of its words ("kijowa" with "kijow"): finding the
 * shorter at the start of a word is enough.
 */
class WordLists {
  readonly lists: string[][] = [];
  private readonly indexOfKey = new Map<string, number>();

  indexOf(required: readonly string[]): number {
    const words = [...new Set(required)].filter((word) => word.length > 0).sort();
    const needed = words.filter(
      (word) =>
        word.startsWith('=') ||
        !words.some((other) => other !== word && !other.startsWith('=') && word.startsWith(other)),
    );
    const key = needed.join(' ');
    let index = this.indexOfKey.get(key);
    if (index === undefined) {
      index = this.lists.length;
      this.indexOfKey.set(key, index);
      this.lists.push(needed);
    }
    return index;
  }
}
