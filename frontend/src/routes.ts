import type { UserType } from './api/types'

// Every SPA path in one place, so links and redirects cannot drift apart.
export const paths = {
  home: '/',
  job: (id: number | string) => `/jobs/${id}`,
  signIn: '/signin',
  signUp: '/signup',
  profile: '/profile',
  employer: '/employer',
  applications: '/applications',
} as const

/** The role each protected page is for; every other page is open to everyone. */
export const PAGE_ROLES: Readonly<Record<string, UserType>> = {
  [paths.profile]: 'job_seeker',
  [paths.applications]: 'job_seeker',
  [paths.employer]: 'employer',
}

/** The sign-in page that returns to `next` afterwards. */
export function signInPath(next: string, reason?: 'expired'): string {
  const query = new URLSearchParams({ next })
  if (reason) query.set('reason', reason)
  return `${paths.signIn}?${query.toString()}`
}

/** Adds `next` to `path` (sign-in or sign-up), so moving between the two still returns there. */
export function withNext(path: string, next: string | null): string {
  return next ? `${path}?${new URLSearchParams({ next }).toString()}` : path
}

/**
 * Accepts only a same-site path as the place to go after sign-in. Browsers
 * read a backslash as a slash and drop tabs and line breaks, so "/\example.com"
 * would lead to another host: such paths are rejected.
 */
export function safeNext(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || /[\\\u0000-\u001f]/.test(next)) return null
  try {
    const url = new URL(next, window.location.origin)
    return url.origin === window.location.origin ? url.pathname + url.search + url.hash : null
  } catch {
    return null
  }
}

/** Returns the page a user of `role` starts from: the dashboard for employers, the vacancies for job seekers. */
export function roleHome(role: UserType): string {
  return role === 'employer' ? paths.employer : paths.home
}

/**
 * Returns where to go after signing in or up: `next` when the user's role may
 * open it, otherwise `fallback`. A `next` left by another account (say, an
 * employer's page after a job seeker signs in) would only show "no access".
 */
export function landingFor(next: string | null, role: UserType, fallback: string = roleHome(role)): string {
  if (!next) return fallback
  const pathname = next.split(/[?#]/, 1)[0]
  const pageRole = PAGE_ROLES[pathname]
  return pageRole === undefined || pageRole === role ? next : fallback
}

/**
 * Reads the page number from the address bar. Anything but a whole number from
 * 1 to 999 999 ("1.5", "abc", "1e9", "0x10") means page 1, which the API
 * accepts, while a page past the last one shows an empty state with a link to page 1.
 */
export function pageFromQuery(value: string | null): number {
  const page = value !== null && /^\d{1,6}$/.test(value.trim()) ? Number(value.trim()) : 1
  return Math.max(1, page)
}
