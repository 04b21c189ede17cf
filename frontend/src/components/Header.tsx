import { useEffect, useState } from 'react'
import { Link, NavLink, useLocation, useNavigate } from 'react-router-dom'
import { useAuth } from '../auth/AuthProvider'
import { LANGS, type Lang } from '../i18n/format'
import { useI18n } from '../i18n/I18nProvider'
import { paths } from '../routes'
import { useChat } from './chat/ChatProvider'

export function Header() {
  const { t, lang, setLang } = useI18n()
  const { user, signOut } = useAuth()
  const { closeChat } = useChat()
  const navigate = useNavigate()
  const location = useLocation()
  const [menuOpen, setMenuOpen] = useState(false)

  // A followed link closes the mobile menu.
  useEffect(() => setMenuOpen(false), [location.pathname])

  const onSignOut = () => {
    closeChat()
    signOut()
    navigate(paths.home)
  }

  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <div className="site-header__inner">
        <Link to={paths.home} className="brand">
          <span className="brand__mark" aria-hidden="true">
            JB
          </span>
          <span className="brand__name">{t('app.name')}</span>
        </Link>

        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="site-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {t('nav.menu')}
        </button>

        <nav id="site-nav" className={`site-nav${menuOpen ? ' site-nav--open' : ''}`} aria-label={t('nav.main')}>
          <NavLink to={paths.home} end>
            {t('nav.jobs')}
          </NavLink>
          {user?.user_type === 'job_seeker' && (
            <>
              <NavLink to={paths.applications}>{t('nav.applications')}</NavLink>
              <NavLink to={paths.profile}>{t('nav.profile')}</NavLink>
            </>
          )}
          {user?.user_type === 'employer' && <NavLink to={paths.employer}>{t('nav.employer')}</NavLink>}

          <div className="site-nav__account">
            {user ? (
              <>
                <span className="user-chip" title={user.email}>
                  <span className="user-chip__name" data-testid="current-user">
                    {user.full_name}
                  </span>
                  <span className="user-chip__role">{t(`role.${user.user_type}`)}</span>
                </span>
                <button type="button" className="button button--small" onClick={onSignOut}>
                  {t('nav.signout')}
                </button>
              </>
            ) : (
              <>
                <NavLink to={paths.signIn}>{t('nav.signin')}</NavLink>
                <NavLink to={paths.signUp} className="button button--primary button--small">
                  {t('nav.signup')}
                </NavLink>
              </>
            )}
          </div>

          <label className="lang-select">
            <span className="visually-hidden">{t('nav.language')}</span>
            <select value={lang} onChange={(event) => setLang(event.target.value as Lang)} aria-label={t('nav.language')}>
              {LANGS.map((code) => (
                <option key={code} value={code}>
                  {t(`lang.${code}`)}
                </option>
              ))}
            </select>
          </label>
        </nav>
      </div>
    </header>
  )
}
