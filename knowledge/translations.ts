import type { KnowledgeBase } from './types';

/** The languages the extension speaks: English, the knowledge base's own, and five translations. */
export const readerLanguages = ['en', 'uk', 'ru', 'de', 'fr', 'pl'] as const;
export type ReaderLanguage = (typeof readerLanguages)[number];
export type TranslatedLanguage = Exclude<ReaderLanguage, 'en'>;
export const translatedLanguages = readerLanguages.filter(
  (language): language is TranslatedLanguage => language !== 'en',
);

export function isReaderLanguage(value: unknown): value is ReaderLanguage {
  return typeof value === 'string' && (readerLanguages as readonly string[]).includes(value);
}

/** One entry's shown texts in another language; views in the entry's order. */
export interface EntryTranslation {
  title: string;
  summary: string;
  /** What the op-ed argues about the entry (the entry's `opEd.summary`). */
  opEd: string;
  views: { party: string; view: string }[];
}

/**
 * The knowledge base's own texts in one language (`knowledge/translations/<language>.json`):
 * translations of the project's English, never of a source. Sources, quotations, treaty text,
 * dates and links are not translated and so are not here.
 */
export interface KnowledgeTranslation {
  language: TranslatedLanguage;
  /** English proper names and the stem every form of them in this language contains. */
  names: Record<string, string>;
  topics: Record<string, { title: string; description: string }>;
  opEdCaveat: string;
  entries: Record<string, EntryTranslation>;
}

/** The knowledge base with its shown texts in `translation`'s language (English where absent). */
export function localiseKnowledgeBase({
  knowledgeBase,
  translation,
}: {
  knowledgeBase: KnowledgeBase;
  translation: KnowledgeTranslation | undefined;
}): KnowledgeBase {
  if (!translation) return knowledgeBase;
  return {
    ...knowledgeBase,
    topics: knowledgeBase.topics.map((topic) => ({
      ...topic,
      ...translation.topics[topic.id],
    })),
    opEd: { ...knowledgeBase.opEd, caveat: translation.opEdCaveat },
    entries: knowledgeBase.entries.map((entry) => {
      const text = translation.entries[entry.id];
      if (!text) return entry;
      return {
        ...entry,
        title: text.title,
        summary: text.summary,
        opEd: { ...entry.opEd, summary: text.opEd },
        views: entry.views?.map((view, index) => ({ ...view, ...text.views[index] })),
      };
    }),
  };
}

/** Runs of digits, sorted: a translation keeps every number the English writes in digits. */
function digitsOf(text: string): string {
  return (text.match(/\d+/g) ?? []).sort().join(' ');
}

/** Text in straight double quotes: a quotation (or a name) that stays as written. */
function quotationsOf(text: string): string[] {
  return [...text.matchAll(/"([^"]+)"/g)].map((match) => match[1] ?? '');
}

function containsWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u').test(text);
}

/**
 * Checks one translation against the English knowledge base: the same topics and entries, the
 * same number of views, every text present, and in each text the same numbers, the English
 * quotations unchanged and each listed proper name in its form for the language. A mechanical
 * guard; it cannot judge a translation, which was read by hand.
 */
export function checkTranslation({
  knowledgeBase,
  translation,
  file,
}: {
  knowledgeBase: KnowledgeBase;
  translation: KnowledgeTranslation;
  file: string;
}): string[] {
  const errors: string[] = [];
  const compare = (where: string, english: string, translated: unknown) => {
    if (typeof translated !== 'string' || translated.trim() === '') {
      errors.push(`${file}: ${where} is missing`);
      return;
    }
    if (digitsOf(english) !== digitsOf(translated)) {
      errors.push(
        `${file}: ${where} has the numbers [${digitsOf(translated)}], the English [${digitsOf(english)}]`,
      );
    }
    for (const quotation of quotationsOf(english)) {
      if (!translated.includes(`"${quotation}"`)) {
        errors.push(`${file}: ${where} does not keep the quotation "${quotation}" as written`);
      }
    }
    for (const [name, form] of Object.entries(translation.names ?? {})) {
      if (containsWord(english, name) && !translated.includes(form)) {
        errors.push(`${file}: ${where} names ${name} in English but lacks its form "${form}"`);
      }
    }
  };
  const extra = (kind: string, ids: string[], known: string[]) => {
    for (const id of ids) if (!known.includes(id)) errors.push(`${file}: unknown ${kind} "${id}"`);
  };
  extra(
    'topic',
    Object.keys(translation.topics ?? {}),
    knowledgeBase.topics.map((topic) => topic.id),
  );
  extra(
    'entry',
    Object.keys(translation.entries ?? {}),
    knowledgeBase.entries.map((entry) => entry.id),
  );
  for (const topic of knowledgeBase.topics) {
    const text = translation.topics?.[topic.id];
    compare(`topic ${topic.id} title`, topic.title, text?.title);
    compare(`topic ${topic.id} description`, topic.description, text?.description);
  }
  compare('the op-ed caveat', knowledgeBase.opEd.caveat, translation.opEdCaveat);
  for (const entry of knowledgeBase.entries) {
    const text = translation.entries?.[entry.id];
    if (!text) {
      errors.push(`${file}: entry ${entry.id} is not translated`);
      continue;
    }
    compare(`${entry.id} title`, entry.title, text.title);
    compare(`${entry.id} summary`, entry.summary, text.summary);
    compare(`${entry.id} op-ed position`, entry.opEd.summary, text.opEd);
    const views = entry.views ?? [];
    if ((text.views ?? []).length !== views.length) {
      errors.push(
        `${file}: ${entry.id} has ${text.views?.length ?? 0} views translated, the entry ${views.length}`,
      );
      continue;
    }
    views.forEach((view, index) => {
      compare(`${entry.id} view ${index + 1} party`, view.party, text.views[index]?.party);
      compare(`${entry.id} view ${index + 1}`, view.view, text.views[index]?.view);
    });
  }
  return errors;
}
