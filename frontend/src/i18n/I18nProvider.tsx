import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { en } from './en'
import { createFormatter, LANGS, type Formatter, type Lang } from './format'
import { kk } from './kk'
import { ru, type Dictionary } from './ru'

const DICTIONARIES: Record<Lang, Dictionary> = { ru, kk, en }
const STORAGE_KEY = 'jobboard.lang'

function storedLang(): Lang {
  const value = localStorage.getItem(STORAGE_KEY)
  return LANGS.includes(value as Lang) ? (value as Lang) : 'ru'
}

export interface I18n extends Formatter {
  lang: Lang
  setLang: (lang: Lang) => void
}

const I18nContext = createContext<I18n | null>(null)

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang)

  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next)
    setLangState(next)
  }, [])

  useEffect(() => {
    document.documentElement.lang = lang
  }, [lang])

  const value = useMemo<I18n>(() => ({ lang, setLang, ...createFormatter(lang, DICTIONARIES[lang]) }), [lang, setLang])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  const context = useContext(I18nContext)
  if (!context) throw new Error('useI18n must be called inside <I18nProvider>')
  return context
}
