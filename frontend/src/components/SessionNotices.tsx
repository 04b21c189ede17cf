import { useNavigate } from 'react-router-dom'
import { useAuth } from '../auth/AuthProvider'
import { useI18n } from '../i18n/I18nProvider'
import { landingFor } from '../routes'
import { useChat } from './chat/ChatProvider'
import { ErrorMessage } from './ui/ErrorMessage'

/**
 * Banners about the sign-in itself: the stored token could not be checked
 * (the user is not signed out, only offline), or another tab has signed in
 * as someone else.
 */
export function SessionNotices() {
  const { t } = useI18n()
  const { user, checkError, retryCheck, otherAccount, switchAccount } = useAuth()
  const { closeChat } = useChat()
  const navigate = useNavigate()

  const onSwitch = () => {
    const next = switchAccount()
    if (!next) return
    closeChat()
    // The open page stays when the other account's role may see it. Its state is dropped either way.
    const currentPath = window.location.pathname + window.location.search
    navigate(landingFor(currentPath, next.user_type), { replace: true })
  }

  return (
    <>
      {checkError && !user && (
        <div className="session-notice">
          <ErrorMessage title={t('auth.checkFailed')} error={checkError} onRetry={retryCheck} />
        </div>
      )}
      {otherAccount && user && (
        <div className="session-notice">
          <div className="notice notice--warning" role="alert" data-testid="other-account">
            <span>{t('auth.otherAccount', { name: otherAccount.user.full_name, current: user.full_name })}</span>
            <button type="button" className="button button--small" onClick={onSwitch}>
              {t('auth.switchAccount', { name: otherAccount.user.full_name })}
            </button>
          </div>
        </div>
      )}
    </>
  )
}
