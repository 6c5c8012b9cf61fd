import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { normaliseText } from '../utils/matcher/normalise';
import { tokenise } from '../utils/matcher/tokenise';
import { coreLanguages, optionalLanguages } from './languages';
import { requiredIds } from './required-ids';
import { checkTranslation, type KnowledgeTranslation, translatedLanguages } from './translations';
import type { ContextRule, Entry, OpEdRecord, Topic, TreatyDocument } from './types';

/** Which schema each kind of file follows, and the `$schema` path it must declare. */
const kinds = {
  entry: { schema: 'entry.schema.json', declared: '../schema/entry.schema.json' },
  document: { schema: 'document.schema.json', declared: '../schema/document.schema.json' },
  topics: { schema: 'topics.schema.json', declared: undefined },
  opEd: { schema: 'op-ed.schema.json', declared: './schema/op-ed.schema.json' },
} as const;

type Kind = keyof typeof kinds;

/**
 * Normalises a phrase the way a reader would compare two of them: case, Unicode form,
 * typographic apostrophes and dashes, runs of spaces. Used to find phrases claimed twice.
 */
export function normalisePhrase(phrase: string): string {
  return phrase
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function formatAjvErrors(file: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map(
    (error) => `${file}: ${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}`,
  );
}

function readJson(path: string, label: string, errors: string[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    errors.push(`${label}: cannot read JSON (${(error as Error).message})`);
    return undefined;
  }
}

function compileSchemas(
  schemaDir: string,
  errors: string[],
): Partial<Record<Kind, ValidateFunction>> {
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
  addFormats(ajv);
  const validators: Partial<Record<Kind, ValidateFunction>> = {};
  for (const [kind, { schema }] of Object.entries(kinds) as [Kind, (typeof kinds)[Kind]][]) {
    const path = join(schemaDir, schema);
    if (!existsSync(path)) {
      errors.push(`schema/${schema}: missing`);
      continue;
    }
    const json = readJson(path, `schema/${schema}`, errors);
    if (json === undefined) continue;
    try {
      validators[kind] = ajv.compile(json as object);
    } catch (error) {
      errors.push(`schema/${schema}: does not compile (${(error as Error).message})`);
    }
  }
  return validators;
}

/** Reads every `*.json` of a folder, checks it against a schema and its id against its name. */
function readDataDir<T extends { id: string }>({
  dir,
  label,
  kind,
  validate,
  errors,
}: {
  dir: string;
  label: string;
  kind: Kind;
  validate: ValidateFunction | undefined;
  errors: string[];
}): T[] {
  if (!existsSync(dir)) {
    errors.push(`${label}/: missing folder`);
    return [];
  }
  const items: T[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue;
    const file = `${label}/${name}`;
    const data = readJson(join(dir, name), file, errors);
    if (data === undefined) continue;
    if (validate && !validate(data)) {
      errors.push(...formatAjvErrors(file, validate.errors));
      continue;
    }
    const item = data as T & { $schema?: string };
    if (item.id !== basename(name, '.json')) {
      errors.push(`${file}: id "${item.id}" differs from the file name`);
    }
    if (item.$schema !== kinds[kind].declared) {
      errors.push(`${file}: "$schema" should be "${kinds[kind].declared}"`);
    }
    items.push(item);
  }
  return items;
}

function findDuplicates(ids: string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

/**
 * Whether a rule can tell this entry's use of `phrase` from another entry's: a rule naming
 * the phrase, or a rule for all phrases that requires context words. A blanket `rejectAny`
 * (say, software words) does not separate two entries, so it does not count.
 */
function ruleGuards(rule: ContextRule, phrase: string): boolean {
  const requires = (rule.requireAny?.length ?? 0) > 0;
  const rejects = (rule.rejectAny?.length ?? 0) > 0;
  if (!rule.phrases) return requires;
  return (
    (requires || rejects) && rule.phrases.some((guarded) => normalisePhrase(guarded) === phrase)
  );
}

/**
 * A phrase may belong to several entries only if every claimant but one has a context rule
 * for it; otherwise nothing tells the matcher which entry a match belongs to.
 */
function checkSharedPhrases(entries: Entry[], errors: string[]) {
  const claims = new Map<string, { id: string; guarded: boolean }[]>();
  for (const entry of entries) {
    const phrases = new Set(Object.values(entry.phrases).flat().map(normalisePhrase));
    for (const phrase of phrases) {
      const guarded = (entry.context ?? []).some((rule) => ruleGuards(rule, phrase));
      claims.set(phrase, [...(claims.get(phrase) ?? []), { id: entry.id, guarded }]);
    }
  }
  for (const [phrase, owners] of claims) {
    if (owners.length < 2) continue;
    const unguarded = owners.filter((owner) => !owner.guarded);
    if (unguarded.length > 1) {
      errors.push(
        `phrase "${phrase}" is claimed by ${owners.map((o) => o.id).join(', ')} without a context rule to tell them apart`,
      );
    }
  }
}

function checkContextRules(entry: Entry, errors: string[]) {
  const phrases = new Set(
    [...Object.values(entry.phrases), ...Object.values(entry.shortForms ?? {})]
      .flat()
      .map((phrase) => normalisePhrase(phrase ?? '')),
  );
  for (const [index, rule] of (entry.context ?? []).entries()) {
    for (const phrase of rule.phrases ?? []) {
      if (!phrases.has(normalisePhrase(phrase))) {
        errors.push(
          `entries/${entry.id}.json: context[${index}] guards "${phrase}", which is not one of its phrases`,
        );
      }
    }
  }
}

/**
 * Core languages come first: a required entry has phrases in all of them, and an entry that
 * adds an optional language (pt, es, it, ro) already has them, so an optional list never stands
 * in for a missing core one.
 */
function checkLanguages(entry: Entry, errors: string[]) {
  const has = (language: string) =>
    (entry.phrases as Record<string, string[] | undefined>)[language] !== undefined;
  const missing = coreLanguages.filter((language) => !has(language));
  if (missing.length === 0) return;
  const required = (requiredIds as readonly string[]).includes(entry.id);
  const optional = optionalLanguages.filter(has);
  if (required) {
    errors.push(
      `entries/${entry.id}.json: a required entry needs phrases in ${missing.join(', ')}`,
    );
  } else if (optional.length > 0) {
    errors.push(
      `entries/${entry.id}.json: has ${optional.join(', ')} phrases but none in ${missing.join(', ')}`,
    );
  }
}

/**
 * An entry's `checked` date covers its views: a view dated after the last check was added
 * without one. Dates compare as strings because partial dates ("2025-11") sort before the days
 * of their month.
 */
function checkDates(entry: Entry, errors: string[]) {
  for (const [index, view] of (entry.views ?? []).entries()) {
    if (view.date > entry.checked) {
      errors.push(
        `entries/${entry.id}.json: views[${index}] is dated ${view.date}, after the entry was checked (${entry.checked})`,
      );
    }
  }
}

function checkReferences({
  entries,
  documents,
  topics,
  errors,
}: {
  entries: Entry[];
  documents: TreatyDocument[];
  topics: Topic[];
  errors: string[];
}) {
  const entryIds = new Set(entries.map((entry) => entry.id));
  const topicIds = new Set(topics.map((topic) => topic.id));
  const documentsById = new Map(documents.map((document) => [document.id, document]));
  for (const entry of entries) {
    const file = `entries/${entry.id}.json`;
    if (!topicIds.has(entry.topic)) errors.push(`${file}: unknown topic "${entry.topic}"`);
    for (const related of entry.related ?? []) {
      if (related === entry.id) errors.push(`${file}: lists itself as related`);
      else if (!entryIds.has(related))
        errors.push(`${file}: related entry "${related}" does not exist`);
    }
    for (const ref of entry.treaty ?? []) {
      const document = documentsById.get(ref.document);
      if (!document) {
        errors.push(`${file}: treaty document "${ref.document}" does not exist`);
        continue;
      }
      const article = document.articles.find((candidate) => candidate.id === ref.article);
      if (!article) {
        errors.push(`${file}: "${ref.document}" has no article "${ref.article}"`);
      } else if (ref.excerpt !== undefined && !article.text.includes(ref.excerpt)) {
        errors.push(
          `${file}: excerpt is not verbatim in ${ref.document} article ${ref.article}: "${ref.excerpt}"`,
        );
      }
    }
    checkContextRules(entry, errors);
    checkLanguages(entry, errors);
    checkDates(entry, errors);
    checkDescriptions(entry, errors);
  }
}

/**
 * A description word is one word as the matcher reads it ("soldiers", not "Ukrainian soil" or
 * "U.S."), and a group does not repeat another's word: such a description could never match or
 * would match on one word.
 */
function checkDescriptions(entry: Entry, errors: string[]) {
  for (const [language, descriptions] of Object.entries(entry.descriptions ?? {})) {
    for (const [index, description] of (descriptions ?? []).entries()) {
      const where = `entries/${entry.id}.json: descriptions.${language}[${index}]`;
      const seen = new Map<string, number>();
      description.words.forEach((group, groupIndex) => {
        for (const word of group) {
          const words = tokenise(normaliseText(word).text).words;
          if (words.length !== 1) {
            errors.push(`${where}: "${word}" is ${words.length} words for the matcher, not one`);
            continue;
          }
          const other = seen.get(words[0] ?? '');
          if (other !== undefined && other !== groupIndex) {
            errors.push(`${where}: "${word}" is in groups ${other + 1} and ${groupIndex + 1}`);
          }
          seen.set(words[0] ?? '', groupIndex);
        }
      });
    }
  }
}

/**
 * Checks the knowledge base in `dir` (normally `knowledge/`): every file against its JSON
 * Schema in `dir/schema`, ids against file names, duplicate ids, references between files
 * (topics, related entries, treaty documents and articles), treaty excerpts against the
 * document text, phrase languages (core ones before optional ones), views dated after the entry's
 * last check, and phrases claimed by two entries with nothing to tell them apart.
 * Returns human-readable errors; an empty list means the knowledge base is sound.
 */
export function validateKnowledgeDir(dir: string): string[] {
  const errors: string[] = [];
  const validators = compileSchemas(join(dir, 'schema'), errors);

  const entries = readDataDir<Entry>({
    dir: join(dir, 'entries'),
    label: 'entries',
    kind: 'entry',
    validate: validators.entry,
    errors,
  });
  const documents = readDataDir<TreatyDocument>({
    dir: join(dir, 'documents'),
    label: 'documents',
    kind: 'document',
    validate: validators.document,
    errors,
  });

  const topicsJson = readJson(join(dir, 'topics.json'), 'topics.json', errors);
  let topics: Topic[] = [];
  if (topicsJson !== undefined) {
    if (validators.topics && !validators.topics(topicsJson)) {
      errors.push(...formatAjvErrors('topics.json', validators.topics.errors));
    } else {
      topics = topicsJson as Topic[];
    }
  }
  const opEd = readJson(join(dir, 'op-ed.json'), 'op-ed.json', errors);
  if (opEd !== undefined && validators.opEd && !validators.opEd(opEd)) {
    errors.push(...formatAjvErrors('op-ed.json', validators.opEd.errors));
  }

  for (const id of findDuplicates(topics.map((topic) => topic.id))) {
    errors.push(`topics.json: duplicate topic id "${id}"`);
  }
  for (const document of documents) {
    for (const id of findDuplicates(document.articles.map((article) => article.id))) {
      errors.push(`documents/${document.id}.json: duplicate article id "${id}"`);
    }
  }

  checkReferences({ entries, documents, topics, errors });
  checkSharedPhrases(entries, errors);
  if (opEd !== undefined) {
    checkTranslations({ dir, entries, topics, opEd: opEd as OpEdRecord, errors });
  }
  return errors;
}

/** Every translated language has its file, and each file translates every entry (translations.ts). */
function checkTranslations({
  dir,
  entries,
  topics,
  opEd,
  errors,
}: {
  dir: string;
  entries: Entry[];
  topics: Topic[];
  opEd: OpEdRecord;
  errors: string[];
}): void {
  for (const language of translatedLanguages) {
    const file = `translations/${language}.json`;
    const path = join(dir, file);
    if (!existsSync(path)) {
      errors.push(`${file} is missing: every entry needs its texts in ${language}`);
      continue;
    }
    const translation = readJson(path, file, errors) as KnowledgeTranslation | undefined;
    if (!translation) continue;
    if (translation.language !== language) {
      errors.push(`${file}: "language" is "${translation.language}", not "${language}"`);
    }
    errors.push(
      ...checkTranslation({
        knowledgeBase: { entries, topics, opEd, documents: [] },
        translation,
        file,
      }),
    );
  }
}
