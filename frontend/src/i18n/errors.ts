import { ApiError, toApiError, type FieldErrors } from '../api/client'
import type { Formatter } from './format'
import type { MessageKey } from './ru'

const ERROR_CODES = new Set([
  'bad_request',
  'unauthorized',
  'token_expired',
  'invalid_credentials',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'email_taken',
  'already_applied',
  'invalid_status_transition',
  'session_completed',
  'reply_pending',
  'job_archived',
  'payload_too_large',
  'unsupported_media_type',
  'validation_error',
  'rate_limited',
  'database_unavailable',
  'internal_error',
  'network_error',
  'bad_response',
  'unknown_error',
])

/** The user's-language sentence for any failed request, chosen by its error code. */
export function errorMessage(error: unknown, format: Formatter): string {
  const { code } = toApiError(error)
  const key = (ERROR_CODES.has(code) ? `error.${code}` : 'error.unknown_error') as MessageKey
  return format.t(key)
}

// Marshmallow's English messages (the API's `fields` values) matched to
// dictionary sentences; anything else is shown as the server wrote it.
const FIELD_MESSAGE_PATTERNS: ReadonlyArray<[RegExp, MessageKey]> = [
  [/salary_min|salary_max/i, 'validation.salaryRange'],
  [/missing data for required field|field may not be (null|blank)|required/i, 'validation.required'],
  [/not a valid email/i, 'validation.email'],
  [/not a valid url/i, 'validation.url'],
  [/length must be|longer than|shorter than/i, 'validation.length'],
  [/must be one of/i, 'validation.choice'],
  [/not a valid (number|integer|decimal)|must be greater|must be less/i, 'validation.number'],
  [/unknown field/i, 'validation.unknownField'],
]

export function translateFieldMessage(message: string, format: Formatter): string {
  const match = FIELD_MESSAGE_PATTERNS.find(([pattern]) => pattern.test(message))
  return match ? format.t(match[1]) : message
}

/** Field errors of a 422 answer in the user's language, one sentence per field. */
export function fieldErrorsOf(error: unknown, format: Formatter): Record<string, string> {
  const fields: FieldErrors = error instanceof ApiError ? error.fields : {}
  const result: Record<string, string> = {}
  for (const [name, messages] of Object.entries(fields)) {
    const list = Array.isArray(messages) ? messages : [String(messages)]
    if (list.length > 0) result[name] = translateFieldMessage(String(list[0]), format)
  }
  return result
}
