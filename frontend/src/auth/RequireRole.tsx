import type { ReactNode } from 'react'
import { Link, Navigate, useLocation } from 'react-router-dom'
import type { UserType } from '../api/types'
import { Spinner } from '../components/ui/Spinner'
import { useI18n } from '../i18n/I18nProvider'
import { paths, signInPath } from '../routes'
import { useAuth } from './AuthProvider'

/**
 * Renders its page for a signed-in user of the role. Guests go to sign-in and
 * come back; a user who has just signed out goes to the home page instead, so
 * that the next person to sign in does not land on someone else's page.
 */
export function RequireRole({ role, children }: { role: UserType; children: ReactNode }) {
  const { user, loading, checkError, sessionExpired, signedOut } = useAuth()
  const { t } = useI18n()
  const location = useLocation()

  if (loading) return <Spinner label={t('common.loading')} />
  if (!user && signedOut) return <Navigate to={paths.home} replace />
  // The token could not be checked: SessionNotices shows why, with a retry, and the page waits for it.
  if (!user && checkError) return null
  if (!user) {
    const next = location.pathname + location.search
    return <Navigate to={signInPath(next, sessionExpired ? 'expired' : undefined)} replace />
  }
  if (user.user_type !== role) {
    return (
      <section className="page page--narrow">
        <h1>{t('forbidden.title')}</h1>
        <p>{t(`forbidden.${role}`)}</p>
        <Link to={paths.home} className="button">
          {t('notFound.home')}
        </Link>
      </section>
    )
  }
  return <>{children}</>
}
