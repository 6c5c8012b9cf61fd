/**
 * The knowledge base's data model. The JSON files under `knowledge/` follow these shapes;
 * `knowledge/schema/*.schema.json` states the same rules for editors and for the build check.
 */

/** Languages every required entry has phrases in (`knowledge/required-ids.ts`). */
export type CoreLanguage = 'en' | 'de' | 'fr' | 'uk' | 'ru' | 'pl';

/**
 * Languages an entry may add phrases in: news in Portuguese, Spanish, Italian and Romanian
 * writes about the war too, but no entry has to cover them.
 */
export type OptionalLanguage = 'pt' | 'es' | 'it' | 'ro';

/** Languages the matcher knows phrases and inflections for (`knowledge/languages.ts` lists them). */
export type Language = CoreLanguage | OptionalLanguage;

export type TopicId = string;

export interface Topic {
  id: TopicId;
  title: string;
  description: string;
  /** CSS colour used to mark this topic's phrases on pages. */
  color: string;
}

export interface SourceRef {
  title: string;
  url?: string;
  /** Publisher or author, as shown to the reader. */
  publisher?: string;
  /** Date of the source itself (YYYY, YYYY-MM or YYYY-MM-DD). */
  date?: string;
  /** Date the project last checked it (YYYY-MM-DD). */
  checked?: string;
}

/**
 * When an ambiguous phrase counts ("Article 5" of the GDPR, a ceasefire in Gaza, "security
 * guard"). A match of a guarded phrase is kept only if every rule guarding it passes.
 *
 * Words in `requireAny`/`rejectAny` are matched after the matcher's normalisation (case,
 * diacritics, "Art. V" = "Article 5"), as whole words with the endings of any language
 * ("troop" finds "troops"; words of three letters or fewer only match themselves); a word ending
 * in `*` matches every word starting with it ("ukrain*" finds "Ukrainian", "Ukrainy").
 */
export interface ContextRule {
  /** Which of the entry's phrases the rule guards, as written in `phrases` (all when omitted). */
  phrases?: string[];
  /** At least one of these must appear in the scope. */
  requireAny?: string[];
  /** None of these may appear in the paragraph (or within `within` words of the phrase). */
  rejectAny?: string[];
  /** Where `requireAny` looks: the paragraph (default) or, in the page engine, the whole page. */
  scope?: 'paragraph' | 'page';
  /**
   * Look only this many words either side of the phrase, for both lists (0: only words that
   * touch or overlap it, as "Social" in "Social Security guarantees").
   */
  within?: number;
  /**
   * `requireAny` is also met where the match stands in the Russia–Ukraine–NATO story as the
   * matcher reads it (utils/matcher/story.ts: the sentence, the paragraph, then the page), so a
   * paragraph of a page about the war need not name Ukraine itself.
   */
  orInStory?: boolean;
}

/**
 * The concept said in other words: one word of every group, in any order, inside one sentence
 * and within `within` words, as "soldiers could be stationed in western Ukraine" (troops +
 * stationed + Ukraine). Each word is one word, matched with its inflections in the description's
 * language. The mark spans from the first word found to the last. A description counts only
 * in the Russia–Ukraine–NATO story (utils/matcher/story.json).
 *
 * The first group is the anchor: paragraphs without one of its words are turned away before they
 * are read in full, so it should be the group whose words are rarest.
 */
export interface Description {
  words: string[][];
  /** The found words may span at most this many words (default 8). */
  within?: number;
}

export type Stance = 'opposes' | 'supports' | 'sceptical' | 'describes' | 'not-addressed';

export interface OpEdPosition {
  stance: Stance;
  /** The op-ed's view in the project's own words; for `not-addressed`, a sentence saying so. */
  summary: string;
  /** Op-ed paragraph (1 to 12) the position comes from; absent for `not-addressed`. */
  paragraph?: number;
}

/**
 * The sides a view can come from. Balance is counted over the first five (the issue's list);
 * `nato` marks a statement of the allies together, which is none of them alone.
 */
export type Side = 'kyiv' | 'moscow' | 'europe' | 'us-government' | 'independent' | 'nato';

export interface PartyView {
  /** Who holds the view, as shown to the reader ("Kremlin spokesman Dmitry Peskov"). */
  party: string;
  /** Which side(s) it speaks for: one, or two for a text both negotiated. */
  sides: Side[];
  /** When the party said it (YYYY, YYYY-MM or YYYY-MM-DD), which may precede the source. */
  date: string;
  view: string;
  source: SourceRef;
}

export interface TreatyRef {
  document: string;
  article: string;
  /** An optional verbatim excerpt of the article; the tests check it against the document. */
  excerpt?: string;
}

export interface Entry {
  /** Editor hint: "../schema/entry.schema.json". */
  $schema?: string;
  id: string;
  title: string;
  topic: TopicId;
  /** When the entry's facts and views were last checked (YYYY-MM-DD); shown as "As of <month year>". */
  checked: string;
  /**
   * What the matcher looks for, per language: words as news text writes them (inflected forms,
   * hyphen or no hyphen, and case come free). "…" between words lets up to three other words
   * stand there, inside one sentence ("guarantee … security" finds "guarantee Ukraine's security").
   */
  phrases: Partial<Record<Language, string[]>> & { en: string[] };
  /** The concept in other words, per language: groups of words that together name it. */
  descriptions?: Partial<Record<Language, Description[]>>;
  /**
   * Short forms per language ("these guarantees", "the Alliance"): they count only where the
   * entry was named in full earlier in the paragraph or on the page, and no rival is nearer.
   */
  shortForms?: Partial<Record<Language, string[]>>;
  context?: ContextRule[];
  summary: string;
  opEd: OpEdPosition;
  views?: PartyView[];
  treaty?: TreatyRef[];
  related?: string[];
  sources: SourceRef[];
}

export interface Article {
  /** Article number or label as used in references ("5", "2(4)", "42(7)", "preamble"). */
  id: string;
  heading: string;
  text: string;
}

export interface TreatyDocument {
  /** Editor hint: "../schema/document.schema.json". */
  $schema?: string;
  id: string;
  title: string;
  shortTitle: string;
  /** Date of signature or adoption. */
  date: string;
  source: SourceRef;
  /** Languages whose texts are equally authentic (ISO 639-1), as the document says. */
  authenticLanguages?: string[];
  /** Notes on the text shown (variants, unverified parts left out). */
  note?: string;
  articles: Article[];
}

export interface OpEdRecord {
  /** Editor hint: "./schema/op-ed.schema.json". */
  $schema?: string;
  title: string;
  outlet: string;
  url: string;
  author: string;
  authorConfirmed: boolean;
  date: string;
  dateConfirmed: boolean;
  caveat: string;
}

export interface KnowledgeBase {
  entries: Entry[];
  documents: TreatyDocument[];
  topics: Topic[];
  opEd: OpEdRecord;
}
