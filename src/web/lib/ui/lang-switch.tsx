import { languages, useLang, useText, type Lang } from '../i18n.ts';
import { uiText } from './ui.i18n.ts';

const names: Record<Lang, { short: string; long: string }> = {
  vi: { short: 'VI', long: 'Tiếng Việt' },
  en: { short: 'EN', long: 'English' },
};

/** Two toggle buttons; the pressed one is the current language. Used by the app and the portal. */
export function LangSwitch() {
  const { lang, setLang } = useLang();
  const text = useText(uiText);
  return (
    <div className="lang-switch" role="group" aria-label={text.language}>
      {languages.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="lang-switch__button"
          aria-pressed={code === lang}
          // Starts with the visible "VI" so speech input can name it (WCAG 2.5.3).
          aria-label={`${names[code].short}, ${names[code].long}`}
          onClick={() => setLang(code)}
        >
          {names[code].short}
        </button>
      ))}
    </div>
  );
}
