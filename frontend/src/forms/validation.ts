import type { MessageKey } from '../i18n/ru'

/** Field name → the dictionary key of its problem; an empty object means the form is valid. */
export type ValidationErrors<Name extends string = string> = Partial<Record<Name, MessageKey>>

// The same loose shape the server's email check accepts: something@something.tld.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export const MIN_PASSWORD_LENGTH = 8

export function isBlank(value: string): boolean {
  return value.trim() === ''
}

export function isEmail(value: string): boolean {
  return EMAIL_PATTERN.test(value.trim())
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value.trim())
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

/** Parses a money input ("350 000" or "350000.50"); an empty box is null, garbage is NaN. */
export function parseAmount(value: string): number | null {
  const compact = value.replace(/[\s\u00a0]/g, '').replace(',', '.')
  if (compact === '') return null
  return /^\d+(\.\d{1,2})?$/.test(compact) ? Number(compact) : Number.NaN
}

export function emptyToNull(value: string): string | null {
  const trimmed = value.trim()
  return trimmed === '' ? null : trimmed
}

export function hasErrors(errors: Record<string, unknown>): boolean {
  return Object.values(errors).some(Boolean)
}
