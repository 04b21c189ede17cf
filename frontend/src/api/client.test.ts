import { describe, expect, it } from 'vitest'
import { ApiError, asPage, BAD_RESPONSE } from './client'

describe('asPage', () => {
  it('returns a list envelope unchanged', () => {
    const body = { items: [{ id: 1 }], total: 1, page: 1, per_page: 10 }

    expect(asPage(body)).toBe(body)
  })

  it.each([
    ['an empty object', {}],
    ['an HTML page', '<html><body>Wi-Fi login</body></html>'],
    ['null', null],
    ['items that are not a list', { items: {}, total: 0, page: 1, per_page: 10 }],
    ['a missing total', { items: [], page: 1, per_page: 10 }],
  ])('rejects %s as a bad response', (_case, body) => {
    let caught: unknown = null
    try {
      asPage(body)
    } catch (error) {
      caught = error
    }

    expect(caught).toBeInstanceOf(ApiError)
    expect((caught as ApiError).code).toBe(BAD_RESPONSE)
  })
})
