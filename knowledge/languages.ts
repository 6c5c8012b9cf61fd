import type { CoreLanguage, Language, OptionalLanguage } from './types';

/** The six languages every required entry has phrases in (the tests hold them to it). */
export const coreLanguages: readonly CoreLanguage[] = ['en', 'de', 'fr', 'uk', 'ru', 'pl'];

/** Languages with phrase lists where an entry has them: Portuguese, Spanish, Italian, Romanian. */
export const optionalLanguages: readonly OptionalLanguage[] = ['pt', 'es', 'it', 'ro'];

/** Every language a phrase list may be written in, core languages first. */
export const languages: readonly Language[] = [...coreLanguages, ...optionalLanguages];
