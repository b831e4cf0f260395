import type { MessageKey } from '../dictionaries/id';
import { idFirst } from '../dictionaries/id-first';
import type { Language } from './language-storage';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

type Dictionary = Record<MessageKey, string>;

// Indonesian (the default, and the fallback) ships its first texts with the app (the login page,
// Beranda's first frame) and the rest with the signed-in pages and the API client, which wait for
// it; English is fetched whole when chosen.
const FIRST: Partial<Dictionary> = idFirst;
const DICTIONARIES: Partial<Record<Language, Dictionary>> = {};
const LOADERS: Record<Language, () => Promise<Dictionary>> = {
  id: () => import('../dictionaries/id').then((module) => module.id),
  en: () => import('../dictionaries/en').then((module) => module.en),
};

/** Whether every text of `language` is here. */
export const isDictionaryLoaded = (language: Language): boolean =>
  DICTIONARIES[language] !== undefined;

/** Whether the first frame can speak `language`: Indonesian's first texts ship with the app. */
export const canShowFirstFrame = (language: Language): boolean =>
  language === 'id' || isDictionaryLoaded(language);

const loading: Partial<Record<Language, Promise<void>>> = {};

/** Loads every text of `language` (once; a failed download is tried again on the next call). */
export function loadDictionary(language: Language): Promise<void> {
  if (isDictionaryLoaded(language)) return Promise.resolve();
  return (loading[language] ??= LOADERS[language]().then(
    (dictionary) => {
      DICTIONARIES[language] = dictionary;
    },
    (error: unknown) => {
      delete loading[language];
      throw error;
    },
  ));
}

/**
 * Whether a key built at run time (e.g. from an API reason) has a text: asked once the signed-in
 * pages or the API client are in, so of the whole Indonesian dictionary.
 */
export const isMessageKey = (key: string): key is MessageKey => key in (DICTIONARIES.id ?? FIRST);

/** The keys of a family of texts (e.g. every `audit.actionName.…`), as far as Indonesian is loaded. */
export const messageKeysStartingWith = (prefix: string): MessageKey[] =>
  (Object.keys(DICTIONARIES.id ?? FIRST) as MessageKey[]).filter((key) => key.startsWith(prefix));

export const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

// Replaces {name} placeholders; an unknown placeholder stays visible so it is noticed.
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/** Texts in `language` once its dictionary is loaded (loadDictionary), Indonesian until then. */
export function createTranslate(language: Language): Translate {
  return (key, params) =>
    interpolate(
      DICTIONARIES[language]?.[key] ?? DICTIONARIES.id?.[key] ?? FIRST[key] ?? key,
      params,
    );
}
