import axios, { AxiosError, type InternalAxiosRequestConfig } from 'axios'
import type { Page } from './types'

/** Field name → validation messages, as in the 422 `fields` object. */
export type FieldErrors = Record<string, string[]>

/** Every failed request, whatever went wrong, is turned into this one shape. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly fields: FieldErrors

  constructor(status: number, code: string, message: string, fields: FieldErrors = {}) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.fields = fields
  }
}

/** Code used when the server could not be reached at all (status 0). */
export const NETWORK_ERROR = 'network_error'

/** Code used for a successful status with a body the app cannot use, such as a captive portal's HTML page. */
export const BAD_RESPONSE = 'bad_response'

/** The localStorage key of the signed-in user's token, shared by every tab of the browser. */
export const TOKEN_KEY = 'jobboard.token'

// Empty means the same origin, which is how Flask serves the built SPA.
const baseURL = (import.meta.env.VITE_API_URL ?? '').replace(/\/+$/, '')

// The token this tab's requests carry. It is read from localStorage when the
// app starts and changes only by this tab's own sign-in, sign-out or switch:
// a sign-in in another tab must not make a form opened here save into the
// other account.
let tabToken: string | null | undefined

export const tokenStorage = {
  /** Reads the shared token into this tab; the app calls it once on start. */
  load: (): string | null => (tabToken = localStorage.getItem(TOKEN_KEY)),
  get: (): string | null => (tabToken === undefined ? tokenStorage.load() : tabToken),
  /** The token in localStorage, which the last tab to sign in has written. */
  stored: (): string | null => localStorage.getItem(TOKEN_KEY),
  set: (token: string): void => {
    tabToken = token
    localStorage.setItem(TOKEN_KEY, token)
  },
  /** Makes this tab use `token`, already stored by another tab. */
  adopt: (token: string | null): void => {
    tabToken = token
  },
  /** Forgets this tab's token, and the stored one unless another tab has stored its own since. */
  clear: (): void => {
    if (localStorage.getItem(TOKEN_KEY) === tokenStorage.get()) localStorage.removeItem(TOKEN_KEY)
    tabToken = null
  },
}

/** Absolute or same-origin URL of an API path, for requests made without axios. */
export function apiUrl(path: string): string {
  return `${baseURL}${path}`
}

export function authHeaders(): Record<string, string> {
  const token = tokenStorage.get()
  return token ? { Authorization: `Bearer ${token}` } : {}
}

function isErrorEnvelope(body: unknown): body is { error: { code: string; message?: string; fields?: FieldErrors } } {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false
  const error = (body as { error: unknown }).error
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
}

/** Builds an ApiError from a status and a decoded error body of any shape. */
export function errorFromBody(status: number, body: unknown): ApiError {
  if (isErrorEnvelope(body)) {
    const { code, message, fields } = body.error
    return new ApiError(status, code, message ?? code, fields ?? {})
  }
  return new ApiError(status, status >= 500 ? 'internal_error' : 'unknown_error', `HTTP ${status}`)
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  if (error instanceof AxiosError) {
    if (error.response) return errorFromBody(error.response.status, error.response.data)
    return new ApiError(0, NETWORK_ERROR, error.message)
  }
  if (error instanceof Error) return new ApiError(0, NETWORK_ERROR, error.message)
  return new ApiError(0, NETWORK_ERROR, String(error))
}

type UnauthorizedHandler = () => void
let onUnauthorized: UnauthorizedHandler | null = null

/**
 * Registers what happens after the server rejects the stored token: the app
 * clears the signed-in user and sends them to /signin, keeping their page.
 */
export function setUnauthorizedHandler(handler: UnauthorizedHandler | null): void {
  onUnauthorized = handler
}

/** Clears a rejected token and tells the app; a wrong password at login is not such a case. */
export function handleUnauthorized(error: ApiError, sentToken: string | null): void {
  // A token this tab no longer uses (replaced while the request was under way) says nothing about the current one.
  if (error.status !== 401 || !sentToken || sentToken !== tokenStorage.get() || error.code === 'invalid_credentials') return
  tokenStorage.clear()
  onUnauthorized?.()
}

export const api = axios.create({
  baseURL,
  headers: { Accept: 'application/json' },
  timeout: 30_000,
})

api.interceptors.request.use((config: InternalAxiosRequestConfig) => {
  const token = tokenStorage.get()
  // A request may name its own token, as the check of a token another tab has stored does.
  if (token && !config.headers.has('Authorization')) config.headers.set('Authorization', `Bearer ${token}`)
  return config
})

api.interceptors.response.use(
  (response) => {
    // Every API body is a JSON object or array; axios leaves anything else (HTML, text) as a string.
    const body: unknown = response.data
    const empty = response.status === 204 || body === '' || body === undefined
    if (!empty && (typeof body !== 'object' || body === null)) {
      throw new ApiError(response.status, BAD_RESPONSE, `Expected a JSON body from ${response.config.url ?? 'the API'}`)
    }
    return response
  },
  (error: unknown) => {
    const apiError = toApiError(error)
    const header = error instanceof AxiosError ? error.config?.headers?.Authorization : undefined
    const sentToken = typeof header === 'string' ? header.replace(/^Bearer /, '') : null
    handleUnauthorized(apiError, sentToken)
    return Promise.reject(apiError)
  },
)

/**
 * Checks that `body` is the list envelope `{items, total, page, per_page}`
 * and returns it typed. A body of another shape becomes an ApiError, which
 * the page shows as a load error instead of failing to render.
 */
export function asPage<T>(body: unknown): Page<T> {
  const page = body as { items?: unknown; total?: unknown; page?: unknown; per_page?: unknown } | null
  const valid =
    typeof page === 'object' &&
    page !== null &&
    Array.isArray(page.items) &&
    typeof page.total === 'number' &&
    typeof page.page === 'number' &&
    typeof page.per_page === 'number'
  if (!valid) throw new ApiError(200, BAD_RESPONSE, 'Expected a list body {items, total, page, per_page}')
  return page as Page<T>
}
