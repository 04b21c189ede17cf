import { KAZAKH_MONTHS } from './kk'
import type { Dictionary, MessageKey } from './ru'

export type Lang = 'ru' | 'kk' | 'en'
export const LANGS: readonly Lang[] = ['ru', 'kk', 'en']

/** Intl locale of each interface language: the language as spoken in Kazakhstan. */
export const LOCALES: Record<Lang, string> = { ru: 'ru-KZ', kk: 'kk-KZ', en: 'en-KZ' }

export type Params = Record<string, string | number>

/** Replaces each `{name}` in a template with its value; an unknown name stays as written. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match))
}

/** Words that have plural forms in the dictionaries (`plural.<noun>.<form>`). */
export type PluralNoun = 'job' | 'application' | 'resume'

/**
 * Some browsers accept kk-KZ but ship no Kazakh data (Debian's Chromium 156
 * formats a date as "2026 M12 4" and money as "KZT 1,000"). A probe checks
 * whether the data is present.
 */
function hasKazakhData(): boolean {
  const month = new Intl.DateTimeFormat('kk-KZ', { month: 'long' }).format(new Date(2020, 11, 1))
  return month.toLowerCase().includes(KAZAKH_MONTHS[11])
}

/** Numbers in Kazakh are written as in Russian ("350 000,5"), so ru-KZ replaces missing kk data. */
function numberLocale(lang: Lang): string {
  if (lang !== 'kk' || hasKazakhData()) return LOCALES[lang]
  return LOCALES.ru
}

interface DateFormatters {
  date: (iso: string) => string
  shortDate: (iso: string) => string
  dateTime: (iso: string) => string
}

function intlDates(locale: string): DateFormatters {
  const long = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' })
  const short = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })
  const withTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
  return {
    date: (iso) => long.format(new Date(iso)),
    shortDate: (iso) => short.format(new Date(iso)),
    dateTime: (iso) => withTime.format(new Date(iso)),
  }
}

/** Kazakh dates in the CLDR pattern "2026 ж. 4 желтоқсан", built by hand. */
function kazakhDates(): DateFormatters {
  const time = new Intl.DateTimeFormat(LOCALES.ru, { hour: '2-digit', minute: '2-digit' })
  const long = (date: Date) => `${date.getFullYear()} ж. ${date.getDate()} ${KAZAKH_MONTHS[date.getMonth()]}`
  return {
    date: (iso) => long(new Date(iso)),
    shortDate: (iso) => long(new Date(iso)),
    dateTime: (iso) => `${long(new Date(iso))}, ${time.format(new Date(iso))}`,
  }
}

export interface Formatter {
  t: (key: MessageKey, params?: Params) => string
  /** A count with its noun in the right form: "1 отклик", "2 отклика", "5 откликов". */
  count: (value: number, noun: PluralNoun) => string
  date: (iso: string) => string
  /** A compact date for tables and lists: "4 дек. 2026 г.". */
  shortDate: (iso: string) => string
  dateTime: (iso: string) => string
  /** A whole amount of money with its currency sign: "350 000 ₸". */
  money: (amount: number, currency?: string) => string
  /** A vacancy's salary range in words of the current language. */
  salary: (min: number | null, max: number | null, currency?: string) => string
  /** A 0–100 score as a percentage: "87,3 %". */
  percent: (score: number) => string
}

export function createFormatter(lang: Lang, dictionary: Dictionary): Formatter {
  const pluralRules = new Intl.PluralRules(LOCALES[lang])
  const locale = numberLocale(lang)
  const dates = lang === 'kk' && locale !== LOCALES.kk ? kazakhDates() : intlDates(LOCALES[lang])
  const numberFormat = new Intl.NumberFormat(locale)
  // Scores read the same in Russian and Kazakh ("84,6 %"), whether or not the browser has Kazakh data,
  // whose CLDR pattern drops the space ("84,6%").
  const percentLocale = lang === 'en' ? locale : LOCALES.ru
  const percentFormat = new Intl.NumberFormat(percentLocale, { style: 'percent', maximumFractionDigits: 1 })
  const moneyFormats = new Map<string, Intl.NumberFormat>()

  const t = (key: MessageKey, params?: Params): string => interpolate(dictionary[key], params)

  const money = (amount: number, currency = 'KZT'): string => {
    let format = moneyFormats.get(currency)
    if (!format) {
      try {
        format = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 })
      } catch {
        // An unknown currency code: show the amount followed by the code as it is stored.
        return `${numberFormat.format(amount)} ${currency}`
      }
      moneyFormats.set(currency, format)
    }
    return format.format(amount)
  }

  return {
    t,
    count: (value, noun) => {
      const form = pluralRules.select(value)
      const key = `plural.${noun}.${form}` as MessageKey
      const word = key in dictionary ? dictionary[key] : dictionary[`plural.${noun}.other` as MessageKey]
      return `${numberFormat.format(value)} ${word}`
    },
    ...dates,
    money,
    salary: (min, max, currency = 'KZT') => {
      if (min !== null && max !== null) {
        return min === max ? money(min, currency) : t('job.salaryRange', { min: numberFormat.format(min), max: money(max, currency) })
      }
      if (min !== null) return t('job.salaryFrom', { min: money(min, currency) })
      if (max !== null) return t('job.salaryTo', { max: money(max, currency) })
      return t('job.salaryNone')
    },
    percent: (score) => percentFormat.format(score / 100),
  }
}
