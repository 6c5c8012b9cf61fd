import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildKnowledgeBase } from './build-knowledge-base';
import {
  type KnowledgeTranslation,
  type TranslatedLanguage,
  translatedLanguages,
} from './translations';
import type { KnowledgeBase } from './types';

const knowledgeDir = import.meta.dirname;

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function readJsonDir(dir: string): unknown[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => readJson(join(dir, name)));
}

/** Reads the knowledge base from `knowledge/` for node tools (match, eval, bench, tests). */
export function loadKnowledgeBaseFromDisk(dir = knowledgeDir): KnowledgeBase {
  return buildKnowledgeBase({
    entries: readJsonDir(join(dir, 'entries')) as KnowledgeBase['entries'],
    documents: readJsonDir(join(dir, 'documents')) as KnowledgeBase['documents'],
    topics: readJson(join(dir, 'topics.json')) as KnowledgeBase['topics'],
    opEd: readJson(join(dir, 'op-ed.json')) as KnowledgeBase['opEd'],
  });
}

/** Reads `knowledge/translations/<language>.json` for each translated language that has one. */
export function loadTranslationsFromDisk(
  dir = knowledgeDir,
): Map<TranslatedLanguage, KnowledgeTranslation> {
  const found = new Map<TranslatedLanguage, KnowledgeTranslation>();
  for (const language of translatedLanguages) {
    const path = join(dir, 'translations', `${language}.json`);
    if (existsSync(path)) found.set(language, readJson(path) as KnowledgeTranslation);
  }
  return found;
}
