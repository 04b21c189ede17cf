import axios, { AxiosError, type InternalAxiosRequestConfig } from 'axios'

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

const TOKEN_KEY = 'jobboard.token'

// Empty means the same origin, which is how Flask serves the built SPA.
const baseURL = (import.meta.env.VITE_API_URL ?? '').replace(/\/+$/, '')

export const tokenStorage = {
  get: (): string | null => localStorage.getItem(TOKEN_KEY),
  set: (token: string): void => localStorage.setItem(TOKEN_KEY, token),
  clear: (): void => localStorage.removeItem(TOKEN_KEY),
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
export function handleUnauthorized(error: ApiError, sentToken: boolean): void {
  if (error.status !== 401 || !sentToken || error.code === 'invalid_credentials') return
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
  if (token) config.headers.set('Authorization', `Bearer ${token}`)
  return config
})

api.interceptors.response.use(
  (response) => response,
  (error: unknown) => {
    const apiError = toApiError(error)
    const sentToken = error instanceof AxiosError && Boolean(error.config?.headers?.Authorization)
    handleUnauthorized(apiError, sentToken)
    return Promise.reject(apiError)
  },
)
