import { describe, expect, it } from 'vitest'
import { pageFromQuery, safeNext } from './routes'

describe('safeNext', () => {
  it.each(['/profile', '/jobs/3?tab=chat', '/?text=python#top'])('keeps the same-site path %s', (path) => {
    expect(safeNext(path)).toBe(path)
  })

  it.each([
    ['a backslash after the slash', '/\\example.com'],
    ['two slashes', '//example.com'],
    ['a tab between the slashes', '/\t/example.com'],
    ['an absolute URL', 'https://example.com/'],
    ['a relative path', 'profile'],
    ['nothing', null],
  ])('rejects %s', (_case, next) => {
    expect(safeNext(next)).toBeNull()
  })
})

describe('pageFromQuery', () => {
  it.each([
    ['2', 2],
    ['99', 99],
    ['1.5', 1],
    ['abc', 1],
    ['0', 1],
    ['-5', 1],
    ['1e9', 1],
    ['0x10', 1],
    ['9007199254740993', 1],
    [null, 1],
  ])('reads %s as page %i', (value, page) => {
    expect(pageFromQuery(value)).toBe(page)
  })
})
