import type { Formatter } from '../../i18n/format'

/**
 * Every key the SmartBot engine writes into `reasons_json`: the factors of
 * jobboard/services/smartbot/factors.py and the `llm` entry that blend.py adds
 * when a language model took part.
 */
export const FACTOR_KEYS = [
  'skills',
  'experience',
  'location',
  'salary',
  'languages',
  'answers',
  'confidence',
  'availability',
  'llm',
] as const

export type FactorKey = (typeof FACTOR_KEYS)[number]

function isFactorKey(name: string): name is FactorKey {
  return (FACTOR_KEYS as readonly string[]).includes(name)
}

/** The factor's name in the interface language; a key this app does not know yet gets a generic name. */
export function factorLabel(name: string, t: Formatter['t']): string {
  return t(isFactorKey(name) ? `factor.${name}` : 'factor.other')
}
