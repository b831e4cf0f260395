import { id, type MessageKey } from '../dictionaries/id';
import type { Language } from './language-storage';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

type Dictionary = Record<MessageKey, string>;

// Indonesian (the default, and the fallback) ships with the app; English is fetched when chosen.
const DICTIONARIES: Partial<Record<Language, Dictionary>> = { id };
const LOADERS: Record<Language, () => Promise<Dictionary>> = {
  id: () => Promise.resolve(id),
  en: () => import('../dictionaries/en').then((module) => module.en),
};

export const isDictionaryLoaded = (language: Language): boolean =>
  DICTIONARIES[language] !== undefined;

export async function loadDictionary(language: Language): Promise<void> {
  DICTIONARIES[language] ??= await LOADERS[language]();
}

/** Whether a key built at run time (e.g. from an API reason) has a text. */
export const isMessageKey = (key: string): key is MessageKey => key in id;

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
    interpolate((DICTIONARIES[language] ?? id)[key] ?? id[key] ?? key, params);
}
