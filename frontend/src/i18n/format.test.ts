import { describe, expect, it } from 'vitest'
import { en } from './en'
import { createFormatter, interpolate } from './format'
import { kk } from './kk'
import { ru } from './ru'

// Intl separates thousands with a no-break space; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('createFormatter', () => {
  const russian = createFormatter('ru', ru)
  const kazakh = createFormatter('kk', kk)
  const english = createFormatter('en', en)

  it.each([
    [1, '1 отклик'],
    [2, '2 отклика'],
    [5, '5 откликов'],
    [11, '11 откликов'],
    [21, '21 отклик'],
    [0, '0 откликов'],
  ])('puts %i applications in the right Russian form', (count, expected) => {
    expect(russian.count(count, 'application')).toBe(expected)
  })

  it('keeps the Kazakh noun singular after a number', () => {
    expect(kazakh.count(1, 'application')).toBe('1 өтінім')
    expect(kazakh.count(5, 'application')).toBe('5 өтінім')
  })

  it('uses English plurals', () => {
    expect(english.count(1, 'job')).toBe('1 job')
    expect(english.count(3, 'job')).toBe('3 jobs')
  })

  it('writes salary ranges in tenge', () => {
    expect(plain(russian.salary(700000, 1100000))).toBe('700 000 – 1 100 000 ₸')
    expect(plain(russian.salary(300000, null))).toBe('от 300 000 ₸')
    expect(plain(russian.salary(null, 500000))).toBe('до 500 000 ₸')
    expect(russian.salary(null, null)).toBe('Зарплата не указана')
    expect(plain(kazakh.salary(300000, null))).toBe('300 000 ₸ бастап')
  })

  it('writes a score as a percentage with a decimal comma', () => {
    expect(plain(russian.percent(87.25))).toMatch(/^87,3 ?%$/)
  })

  it('writes a score the same way in Russian and Kazakh', () => {
    expect(russian.percent(84.6)).toBe('84,6\u00a0%')
    expect(kazakh.percent(84.6)).toBe('84,6\u00a0%')
    expect(kazakh.percent(100)).toBe('100\u00a0%')
    expect(english.percent(84.6)).toBe('84.6%')
  })

  it('names the month in the interface language', () => {
    expect(russian.date('2026-12-04T10:00:00+00:00')).toContain('декабря')
    expect(kazakh.date('2026-12-04T10:00:00+00:00')).toContain('желтоқсан')
  })
})

describe('interpolate', () => {
  it('fills known names and leaves unknown ones', () => {
    expect(interpolate('{a} и {b}', { a: 1 })).toBe('1 и {b}')
  })
})
