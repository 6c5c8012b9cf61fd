/**
 * `npx tsx tests/tools/measure-stemmer.ts`: the matcher's endings tables (inflection.ts) against
 * Snowball stemmers (npm snowball-stemmers, a JS port; a dev dependency used only here) for
 * recall per kilobyte of content script. For each language both have (en, de, fr, ru, pt, es,
 * it, ro; Snowball has no Polish or Ukrainian), it counts the words of the labelled lines
 * (../shared/eval dev + dev2) and of the corpus pages' text that each method reads as a form of
 * a knowledge-base phrase word of that language, and those only one of them finds. Snowball's
 * size is the gzipped source of the stemmers a content script would carry (the shared runtime
 * plus one per language); the tables' size is inflection.ts gzipped.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import snowball from 'snowball-stemmers';
import { loadKnowledgeBaseFromDisk } from '../../knowledge/load-from-disk';
import type { Language } from '../../knowledge/types';
import { isEnding, stemsOf } from '../../utils/matcher/inflection';
import { normaliseTextOnly } from '../../utils/matcher/normalise';
import { tokenise } from '../../utils/matcher/tokenise';

const snowballNames: Partial<Record<Language, string>> = {
  en: 'english',
  de: 'german',
  fr: 'french',
  ru: 'russian',
  pt: 'portuguese',
  es: 'spanish',
  it: 'italian',
  ro: 'romanian',
};
const shared = resolve(import.meta.dirname, '../../../shared');
const entries = loadKnowledgeBaseFromDisk().entries;
const runtimeEnd = (text: string) =>
  text.indexOf('Stemmer = function', text.indexOf('SnowballStemmer') + 30);

// Page words per language: eval lines by their `lang`, plus corpus text for the languages it has.
const textsOf = new Map<string, string[]>();
for (const file of ['dev.jsonl', 'dev2.jsonl']) {
  for (const line of readFileSync(join(shared, 'eval', file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { text, lang } = JSON.parse(line) as { text: string; lang: string };
    textsOf.set(lang, [...(textsOf.get(lang) ?? []), text]);
  }
}
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}
const corpusText = htmlFiles(join(shared, 'corpus'))
  .map((file) =>
    readFileSync(file, 'utf8').replace(
      /<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g,
      ' ',
    ),
  )
  .join('\n');

const source = readFileSync(fileURLToPath(import.meta.resolve('snowball-stemmers')), 'utf8');
const gzipped = (text: string) => gzipSync(text).length;
const inflectionBytes = gzipped(
  readFileSync(resolve(import.meta.dirname, '../../utils/matcher/inflection.ts'), 'utf8'),
);

console.log(
  `endings tables (inflection.ts): ${(inflectionBytes / 1024).toFixed(1)} KB gzipped, all ten languages`,
);
console.log(
  `snowball-stemmers: ${(gzipped(source) / 1024).toFixed(1)} KB gzipped for its 24 languages; its shared runtime ${(gzipped(source.slice(0, runtimeEnd(source))) / 1024).toFixed(1)} KB, plus one per language (last column)\n`,
);
console.log('lang  page words  tables  snowball  only tables  only snowball  snowball KB');
for (const [language, name] of Object.entries(snowballNames) as [Language, string][]) {
  const stemmer = snowball.newStemmer(name);
  const phraseWords = new Set(
    entries.flatMap((entry) =>
      [...(entry.phrases[language] ?? []), ...(entry.shortForms?.[language] ?? [])].flatMap(
        (phrase) => tokenise(normaliseTextOnly(phrase)).words,
      ),
    ),
  );
  const tableStems = new Map<string, boolean>();
  for (const word of phraseWords)
    for (const stem of stemsOf({ word, language })) tableStems.set(stem, true);
  const snowballStems = new Set([...phraseWords].map((word) => stemmer.stem(word)));
  const byTables = (word: string) => {
    for (let cut = word.length; cut >= Math.max(1, word.length - 4); cut--) {
      if (tableStems.has(word.slice(0, cut)) && isEnding({ ending: word.slice(cut), language }))
        return true;
    }
    return false;
  };
  const words = tokenise(normaliseTextOnly((textsOf.get(language) ?? []).join('\n'))).words;
  // The corpus pages are English news: their words count for English only.
  const corpusWords = language === 'en' ? tokenise(normaliseTextOnly(corpusText)).words : [];
  let tables = 0;
  let stems = 0;
  let onlyTables = 0;
  let onlySnowball = 0;
  const examples = new Set<string>();
  for (const word of [...words, ...corpusWords]) {
    if (phraseWords.has(word)) continue; // as written: both find it
    const a = byTables(word);
    const b = snowballStems.has(stemmer.stem(word));
    if (a) tables++;
    if (b) stems++;
    if (a && !b) onlyTables++;
    if (b && !a) {
      onlySnowball++;
      if (examples.size < 6) examples.add(word);
    }
  }
  const start = source.indexOf(`${name}Stemmer = function`);
  const next = source.indexOf('Stemmer = function', start + name.length + 20);
  const moduleBytes = gzipped(source.slice(start, next < 0 ? undefined : next));
  console.log(
    `${language.padEnd(5)} ${String(words.length + corpusWords.length).padStart(10)}  ${String(tables).padStart(6)}  ${String(stems).padStart(8)}  ${String(onlyTables).padStart(11)}  ${String(onlySnowball).padStart(13)}  ${(moduleBytes / 1024).toFixed(1).padStart(11)}   e.g. ${[...examples].join(', ')}`,
  );
}
console.log(
  '\n(inflected forms of phrase words found; words written as in a phrase are left out: both find them)',
);
