import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { readStoredLanguage, storeLanguage, type Language } from '../utils/language-storage';
import {
  canShowFirstFrame,
  createTranslate,
  isDictionaryLoaded,
  loadDictionary,
  LOCALES,
  type Translate,
} from '../utils/translate';

export interface I18nContextValue {
  language: Language;
  locale: string;
  setLanguage: (language: Language) => void;
  t: Translate;
}

export const I18nContext = createContext<I18nContextValue | null>(null);

interface I18nProviderProps {
  children: ReactNode;
  initialLanguage?: Language;
}

export function I18nProvider({ children, initialLanguage }: I18nProviderProps) {
  const [language, setLanguageState] = useState<Language>(
    () => initialLanguage ?? readStoredLanguage(),
  );
  // Indonesian's first texts are always here (the rest comes with the signed-in pages); English
  // is loaded whole before anything shows.
  const [loaded, setLoaded] = useState(() => canShowFirstFrame(language));

  // A language whose dictionary is still on its way: nothing is shown in the wrong language.
  useEffect(() => {
    if (loaded) return;
    let current = true;
    loadDictionary(language).then(
      () => current && setLoaded(true),
      // Offline: the Indonesian texts rather than an empty page.
      () => current && setLoaded(true),
    );
    return () => {
      current = false;
    };
  }, [language, loaded]);

  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    if (isDictionaryLoaded(next)) return setLanguageState(next);
    // The switch waits for the dictionary, so the page never shows a mix of languages.
    void loadDictionary(next)
      .catch(() => undefined)
      .then(() => setLanguageState(next));
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18nContextValue>(
    () => ({ language, locale: LOCALES[language], setLanguage, t: createTranslate(language) }),
    [language, setLanguage],
  );

  if (!loaded) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
