import { createContext, useContext } from 'react';

export const languages = ['vi', 'en'] as const;
export type Lang = (typeof languages)[number];

type Message = string | ((...args: never[]) => string);
export type Messages = Record<string, Message>;

/** The English dictionary must have every key of the Vietnamese one, with the same kind of value. */
type SameShape<M extends Messages> = { [K in keyof M]: M[K] extends string ? string : M[K] };

export type Dictionary<M extends Messages> = Record<Lang, SameShape<M>>;

/** Declares a feature's strings. Vietnamese is written first and is the source of truth. */
export function defineMessages<M extends Messages>(vi: M, en: SameShape<M>): Dictionary<M> {
  return { vi: vi as SameShape<M>, en };
}

export type LangState = { lang: Lang; setLang: (lang: Lang) => void };

export const LangContext = createContext<LangState>({ lang: 'vi', setLang: () => undefined });

export function useLang(): LangState {
  return useContext(LangContext);
}

/** The strings of one dictionary in the current language. */
export function useText<M extends Messages>(dictionary: Dictionary<M>): SameShape<M> {
  return dictionary[useLang().lang];
}

/** Picks the label in the current language from a `{ vi, en }` pair such as the shared role labels. */
export function pick(labels: { vi: string; en: string }, lang: Lang): string {
  return labels[lang];
}
