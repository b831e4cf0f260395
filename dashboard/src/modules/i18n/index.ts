export { I18nProvider } from './components/I18nProvider';
export { useI18n, useT } from './hooks/useT';
export { LANGUAGES, type Language } from './utils/language-storage';
export {
  isMessageKey,
  messageKeysStartingWith,
  type MessageKey,
  type Translate,
} from './utils/translate';
export { LanguageSwitch } from './components/LanguageSwitch';
