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
  const locale = LOCALES[lang]
  const pluralRules = new Intl.PluralRules(locale)
  const numberFormat = new Intl.NumberFormat(locale)
  const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' })
  const shortDateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })
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
    date: (iso) => dateFormat.format(new Date(iso)),
    shortDate: (iso) => shortDateFormat.format(new Date(iso)),
    dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
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
