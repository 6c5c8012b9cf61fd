import type { FuzzyIndex } from './fuzzy';
import type { MatchGateData } from './match-gate';
import type { PhraseIndex } from './phrase-index';
import type { FamilyStems } from './vocabulary';

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
 * - a short form counts only where its entry is named in full on the page: nothing of its own.
 *
 * "Rarest" is the longest: long words ("guarantees", "coalition", "article5") are rare on pages
 * with nothing to mark, short ones ("war", "into", "the") are everywhere.
 */
/**
 * Words (or groups) a condition asks for: more is a tighter gate ("attack" and "one" are on
 * many pages, with "all" beside them much fewer), at the price of a larger condition table.
 */
const maxAtoms = 3;

export function matchGateDataOf({
  index,
  fuzzy,
}: {
  index: PhraseIndex;
  fuzzy: FuzzyIndex;
}): MatchGateData {
  const { vocabulary } = index;
  const familyLength = new Array<number>(vocabulary.size).fill(0);
  const familyStems = vocabulary.stemsOfFamilies((family) => family);
  familyStems.forEach((stems, family) => {
    familyLength[family] = Math.max(...stems.map(({ stem }) => stem.length));
  });
  /** An atom is satisfied by a word of any of its families; its strength is its commonest word. */
  const strength = (atom: readonly number[]) =>
    Math.min(...atom.map((family) => familyLength[family] ?? 0));
  const conditions = new Map<string, number[][]>();
  /** Keeps the strongest atoms (up to `maxAtoms`) as a condition. */
  const addCondition = (atoms: number[][]) => {
    const distinct = new Map(atoms.map((atom) => [[...new Set(atom)].sort().join(' '), atom]));
    const chosen = [...distinct.values()]
      .sort((a, b) => strength(b) - strength(a))
      .slice(0, maxAtoms);
    const key = chosen.map((atom) => [...new Set(atom)].sort().join(' ')).join('|');
    if (chosen.length > 0) conditions.set(key, chosen);
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
  for (const parts of spellingsOfPhrase.values()) {
    // Each way of spelling every part ("red line" or "redline") is a condition of its own.
    let ways: number[][] = [[]];
    for (const spellings of parts) {
      ways = ways.flatMap((way) => (spellings ?? []).map((spelling) => [...way, ...spelling]));
    }
    for (const way of ways) addCondition(way.map((family) => [family]));
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
  for (const atoms of conditions.values()) {
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
    conditions: [...conditions.values()].map((atoms) => atoms.map((atom) => atom.map(gateFamily))),
    anchors: anchors.map(({ family, shortest, witnesses }) => [
      gateFamily(family),
      shortest,
      [...witnesses.values()].map((all) => all.map(([family, word]) => [gateFamily(family), word])),
    ]),
  };
}

/**
 * "1:guarantee guarante guarantees 2:+sicherheitsgarantie": each stem with the languages (bits)
 * named last before it; "+" flags a German compound head.
 */
function encodeFamily(stems: FamilyStems): string {
  let languages = -1;
  return stems
    .map(({ stem, languages: these, compoundHead }) => {
      const tag = these === languages ? '' : `${these}:`;
      languages = these;
      return `${tag}${compoundHead ? '+' : ''}${stem}`;
    })
    .join(' ');
}
