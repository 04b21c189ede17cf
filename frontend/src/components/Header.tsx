import { useEffect, useLayoutEffect, useRef, useState, type MouseEvent, type RefObject } from 'react'
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
  const headerRef = useRef<HTMLElement>(null)
  const toggleRef = useRef<HTMLButtonElement>(null)

  useHeaderHeightVariable(headerRef)

  // Moving to another page by any means, the browser's Back button included, closes the menu.
  useEffect(() => setMenuOpen(false), [location.pathname])

  // On a phone the open menu covers the page: Escape and a tap outside the header close it.
  useEffect(() => {
    if (!menuOpen) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setMenuOpen(false)
      toggleRef.current?.focus()
    }
    const onPointerDown = (event: PointerEvent) => {
      if (!headerRef.current?.contains(event.target as Node)) setMenuOpen(false)
    }
    document.addEventListener('keydown', onKeyDown)
    document.addEventListener('pointerdown', onPointerDown)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
      document.removeEventListener('pointerdown', onPointerDown)
    }
  }, [menuOpen])

  // Any link or button in the menu closes it, including a link to the page already open.
  const onNavClick = (event: MouseEvent<HTMLElement>) => {
    if (event.target instanceof Element && event.target.closest('a, button')) setMenuOpen(false)
  }

  const onSignOut = () => {
    closeChat()
    signOut()
    navigate(paths.home)
  }

  return (
    <header ref={headerRef} className="site-header">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <div className="site-header__inner">
        <Link to={paths.home} className="brand" onClick={() => setMenuOpen(false)}>
          <span className="brand__mark" aria-hidden="true">
            JB
          </span>
          <span className="brand__name">{t('app.name')}</span>
        </Link>

        <button
          ref={toggleRef}
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="site-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {t('nav.menu')}
        </button>

        <nav
          id="site-nav"
          className={`site-nav${menuOpen ? ' site-nav--open' : ''}`}
          aria-label={t('nav.main')}
          onClick={onNavClick}
        >
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

/**
 * Publishes the header's height as the CSS variable --header-bottom. On wider
 * screens the chat drawer starts there, so the header (the user's name,
 * "Sign out", the language) stays usable while the chat is open.
 */
function useHeaderHeightVariable(headerRef: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const header = headerRef.current
    if (!header) return
    const root = document.documentElement
    const publish = () => root.style.setProperty('--header-bottom', `${header.offsetHeight}px`)
    publish()
    if (typeof ResizeObserver === 'undefined') return () => root.style.removeProperty('--header-bottom')
    const observer = new ResizeObserver(publish)
    observer.observe(header)
    return () => {
      observer.disconnect()
      root.style.removeProperty('--header-bottom')
    }
  }, [headerRef])
}
