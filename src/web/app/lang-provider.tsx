import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { LangContext, languages, type Lang } from '../lib/i18n.ts';

const STORAGE_KEY = 'giamsat.lang';

function storedLang(): Lang {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return languages.find((lang) => lang === value) ?? 'vi';
  } catch {
    return 'vi'; // storage can be disabled; Vietnamese is the default anyway
  }
}

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(storedLang);
  useEffect(() => {
    document.documentElement.lang = lang;
    try {
      window.localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // not persisted; the switch still works for this visit
    }
  }, [lang]);
  const value = useMemo(() => ({ lang, setLang }), [lang]);
  return <LangContext value={value}>{children}</LangContext>;
}
