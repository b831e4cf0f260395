import { useI18n } from '../hooks/useT';
import { LANGUAGES } from '../utils/language-storage';

/** ID | EN toggle; the choice is remembered in localStorage. */
export function LanguageSwitch({ className = '' }: { className?: string }) {
  const { language, setLanguage, t } = useI18n();
  return (
    <div className={`language-switch ${className}`} role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-switch__option"
          aria-pressed={language === option}
          title={t(option === 'id' ? 'language.id' : 'language.en')}
          onClick={() => setLanguage(option)}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
