import { en } from '../dictionaries/en';
import { id, type MessageKey } from '../dictionaries/id';
import type { Language } from './language-storage';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { id, en };

/** Whether a key built at run time (e.g. from an API reason) has a text. */
export const isMessageKey = (key: string): key is MessageKey => key in DICTIONARIES.id;

export const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

// Replaces {name} placeholders; an unknown placeholder stays visible so it is noticed.
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

export function createTranslate(language: Language): Translate {
  const dictionary = DICTIONARIES[language];
  return (key, params) => interpolate(dictionary[key] ?? DICTIONARIES.id[key] ?? key, params);
}
