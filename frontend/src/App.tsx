import { lazy, Suspense, useCallback, type ReactNode } from 'react'
import { BrowserRouter, Route, Routes, useLocation, useNavigate } from 'react-router-dom'
import { AuthProvider, useAuth } from './auth/AuthProvider'
import { RequireRole } from './auth/RequireRole'
import { ChatProvider, useChat } from './components/chat/ChatProvider'
import { ChatWidget } from './components/ChatWidget'
import { ErrorBoundary } from './components/ErrorBoundary'
import { Header } from './components/Header'
import { SessionNotices } from './components/SessionNotices'
import { Spinner } from './components/ui/Spinner'
import { I18nProvider, useI18n } from './i18n/I18nProvider'
import Home from './pages/Home'
import JobDetails from './pages/JobDetails'
import NotFound from './pages/NotFound'
import SignIn from './pages/SignIn'
import SignUp from './pages/SignUp'
import { PAGE_ROLES, paths, signInPath } from './routes'

// Pages of signed-in users are loaded on first visit, which keeps the first load small.
const Profile = lazy(() => import('./pages/Profile'))
const EmployerDashboard = lazy(() => import('./pages/EmployerDashboard'))
const Applications = lazy(() => import('./pages/Applications'))

function Shell() {
  const { t } = useI18n()
  const navigate = useNavigate()
  const { closeChat } = useChat()

  const onSessionExpired = useCallback(() => {
    closeChat()
    navigate(signInPath(window.location.pathname + window.location.search, 'expired'), { replace: true })
  }, [closeChat, navigate])

  return (
    <AuthProvider onSessionExpired={onSessionExpired}>
      <Header />
      <main id="main" className="site-main" tabIndex={-1}>
        <SessionNotices />
        <PageErrorBoundary>
          <Suspense fallback={<Spinner label={t('common.loading')} />}>
            <PageRoutes />
          </Suspense>
        </PageErrorBoundary>
      </main>
      <footer className="site-footer">{t('app.footer')}</footer>
      <ChatWidget />
    </AuthProvider>
  )
}

/** An error boundary per path: a page that failed does not keep the next page from showing. */
function PageErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation()
  return <ErrorBoundary key={pathname}>{children}</ErrorBoundary>
}

function PageRoutes() {
  const location = useLocation()
  const { accountGeneration } = useAuth()
  // A switch to another tab's account remounts the page, so no form of the previous user survives it.
  return (
    <Routes key={accountGeneration} location={location}>
      <Route path={paths.home} element={<Home />} />
      <Route path="/jobs/:id" element={<JobDetails />} />
      <Route path={paths.signIn} element={<SignIn />} />
      <Route path={paths.signUp} element={<SignUp />} />
      <Route
        path={paths.profile}
        element={
          <RequireRole role={PAGE_ROLES[paths.profile]}>
            <Profile />
          </RequireRole>
        }
      />
      <Route
        path={paths.applications}
        element={
          <RequireRole role={PAGE_ROLES[paths.applications]}>
            <Applications />
          </RequireRole>
        }
      />
      <Route
        path={paths.employer}
        element={
          <RequireRole role={PAGE_ROLES[paths.employer]}>
            <EmployerDashboard />
          </RequireRole>
        }
      />
      <Route path="*" element={<NotFound />} />
    </Routes>
  )
}

export default function App() {
  return (
    <I18nProvider>
      <BrowserRouter>
        <ChatProvider>
          <Shell />
        </ChatProvider>
      </BrowserRouter>
    </I18nProvider>
  )
}
