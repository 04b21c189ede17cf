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

/** The sign-in page that returns to `next` afterwards. */
export function signInPath(next: string, reason?: 'expired'): string {
  const query = new URLSearchParams({ next })
  if (reason) query.set('reason', reason)
  return `${paths.signIn}?${query.toString()}`
}

/** Accepts only a same-site path as the place to go after sign-in. */
export function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null
}
