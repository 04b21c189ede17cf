import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import blendSource from '../../../../jobboard/services/smartbot/blend.py?raw'
import factorsSource from '../../../../jobboard/services/smartbot/factors.py?raw'
import type { RelevanceFactor } from '../../api/types'
import { en } from '../../i18n/en'
import { createFormatter, type Lang } from '../../i18n/format'
import { I18nProvider } from '../../i18n/I18nProvider'
import { kk } from '../../i18n/kk'
import { ru } from '../../i18n/ru'
import { FACTOR_KEYS, factorLabel } from './factors'
import { RelevancePanel } from './RelevancePanel'
import { chatSession } from './testData'

/** Reads the reasons_json keys the engine can write from its source, so that a new factor fails here. */
function engineFactorKeys(): string[] {
  const weights = /^WEIGHTS = \{([^}]*)\}/m.exec(factorsSource)
  expect(weights, 'factors.py has no WEIGHTS table').not.toBeNull()
  const keys = new Set([...weights![1].matchAll(/"(\w+)":/g)].map((match) => match[1]))
  for (const match of factorsSource.matchAll(/\bFactor\("(\w+)"/g)) keys.add(match[1])
  for (const match of blendSource.matchAll(/\bmerged\["(\w+)"\]/g)) keys.add(match[1])
  return [...keys]
}

const DICTIONARIES = { ru, kk, en }

afterEach(cleanup)

describe('factor labels', () => {
  const engineKeys = engineFactorKeys()

  it('cover every key the engine sends', () => {
    expect(engineKeys).toContain('availability')
    expect(engineKeys).toContain('llm')
    expect([...FACTOR_KEYS].sort()).toEqual([...engineKeys].sort())
  })

  it.each(Object.keys(DICTIONARIES) as Lang[])('name every engine factor in %s', (lang) => {
    const { t } = createFormatter(lang, DICTIONARIES[lang])
    const generic = t('factor.other')
    for (const key of engineKeys) {
      const label = factorLabel(key, t)
      expect(label, key).not.toBe(key)
      expect(label, key).not.toBe(generic)
      expect(label.trim(), key).not.toBe('')
    }
  })

  it('give an unknown key a generic name', () => {
    const { t } = createFormatter('ru', ru)
    expect(factorLabel('punctuality', t)).toBe('Другой фактор')
  })
})

function factor(score: number, weight: number, reason: string): RelevanceFactor {
  return { score, weight, reason }
}

const session = chatSession({
  is_completed: true,
  relevance_score: 84.6,
  summary_text: 'Подходит.',
  reasons_json: {
    skills: factor(90, 0.3, 'Все навыки подтверждены.'),
    availability: factor(100, 0.05, 'Срок выхода на работу: через две недели.'),
    llm: factor(80, 0.2, 'Оценка языковой модели по резюме и ответам.'),
    punctuality: factor(50, 0.01, 'Новый фактор.'),
  },
})

describe('RelevancePanel', () => {
  it('names the factors and never shows a raw key', () => {
    render(
      <I18nProvider>
        <RelevancePanel session={session} />
      </I18nProvider>,
    )
    const names = screen.getAllByText((_, element) => element?.classList.contains('factor__name') ?? false)
    expect(names.map((element) => element.textContent)).toEqual([
      'Навыки',
      'Оценка языковой модели',
      'Срок выхода на работу',
      'Другой фактор',
    ])
    expect(screen.getByTestId('relevance-score').textContent).toBe('84,6\u00a0%')
  })
})
