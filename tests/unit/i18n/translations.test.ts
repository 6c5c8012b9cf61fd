import { describe, expect, it } from 'vitest';
import { knowledgeBase, knowledgeBaseIn } from '../../../knowledge/index';
import { loadTranslationsFromDisk } from '../../../knowledge/load-from-disk';
import {
  checkTranslation,
  type KnowledgeTranslation,
  localiseKnowledgeBase,
  translatedLanguages,
} from '../../../knowledge/translations';

const translations = loadTranslationsFromDisk();
const ukrainian = translations.get('uk') as KnowledgeTranslation;

/** A copy of the Ukrainian translation with one entry's texts changed. */
function withEntry(
  entryId: string,
  change: (text: KnowledgeTranslation['entries'][string]) => void,
): KnowledgeTranslation {
  const copy = structuredClone(ukrainian);
  const text = copy.entries[entryId];
  if (text) change(text);
  return copy;
}

const errorsOf = (translation: KnowledgeTranslation) =>
  checkTranslation({ knowledgeBase, translation, file: 'uk.json' });

describe('the knowledge base in every language', () => {
  it('has a translation for every language the extension speaks, each one passing its checks', () => {
    expect([...translations.keys()].sort()).toEqual([...translatedLanguages].sort());
    for (const [language, translation] of translations) {
      expect(checkTranslation({ knowledgeBase, translation, file: language }), language).toEqual(
        [],
      );
    }
  });

  it('shows the translated texts and keeps what is not translated: dates, sides, sources', () => {
    const german = knowledgeBaseIn('de');
    const entry = german.entries.find((candidate) => candidate.id === 'ceasefire');
    const english = knowledgeBase.entries.find((candidate) => candidate.id === 'ceasefire');
    expect(entry?.summary).toBe(translations.get('de')?.entries.ceasefire?.summary);
    expect(entry?.summary).not.toBe(english?.summary);
    expect(entry?.views?.map((view) => [view.date, view.sides, view.source])).toEqual(
      english?.views?.map((view) => [view.date, view.sides, view.source]),
    );
    expect(entry?.treaty).toEqual(english?.treaty);
    expect(entry?.phrases).toBe(english?.phrases);
    expect(german.documents).toBe(knowledgeBase.documents);
  });

  it('falls back to English without a translation', () => {
    expect(localiseKnowledgeBase({ knowledgeBase, translation: undefined })).toBe(knowledgeBase);
  });
});

describe('the translation checks catch', () => {
  const entryWithViews = knowledgeBase.entries.find(
    (entry) => (entry.views?.length ?? 0) > 1 && /\d/.test(entry.summary),
  );
  const id = entryWithViews?.id ?? '';

  it('a changed or lost number', () => {
    const errors = errorsOf(
      withEntry(id, (text) => {
        text.summary = text.summary.replace(/\d/, (digit) => String((Number(digit) + 1) % 10));
      }),
    );
    expect(errors.join('\n')).toContain(`${id} summary has the numbers`);
  });

  it('a quotation translated instead of kept as written', () => {
    const quoted = knowledgeBase.entries.find((entry) =>
      entry.views?.some((view) => /"[^"]+"/.test(view.view)),
    );
    const index = quoted?.views?.findIndex((view) => /"[^"]+"/.test(view.view)) ?? -1;
    const errors = errorsOf(
      withEntry(quoted?.id ?? '', (text) => {
        const view = text.views[index];
        if (view) view.view = view.view.replace(/"[^"]+"/, '«переклад»');
      }),
    );
    expect(errors.join('\n')).toContain('does not keep the quotation');
  });

  it('a proper name dropped', () => {
    const [name, form] = Object.entries(ukrainian.names).find(([english]) =>
      knowledgeBase.entries.some((entry) => entry.summary.includes(english)),
    ) ?? ['', ''];
    const entry = knowledgeBase.entries.find((candidate) => candidate.summary.includes(name));
    const errors = errorsOf(
      withEntry(entry?.id ?? '', (text) => {
        text.summary = text.summary.replaceAll(form, '…');
      }),
    );
    expect(errors.join('\n')).toContain(`names ${name} in English but lacks its form`);
  });

  it('a view left out, an entry left out, an entry that does not exist', () => {
    const fewer = withEntry(id, (text) => {
      text.views.pop();
    });
    expect(errorsOf(fewer).join('\n')).toContain(`${id} has`);
    const missing = structuredClone(ukrainian);
    delete missing.entries[id];
    missing.entries['no-such-entry'] = structuredClone(ukrainian.entries[id]) as never;
    const errors = errorsOf(missing).join('\n');
    expect(errors).toContain(`entry ${id} is not translated`);
    expect(errors).toContain('unknown entry "no-such-entry"');
  });
});
