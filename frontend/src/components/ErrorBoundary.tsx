import { Component, type ErrorInfo, type ReactNode } from 'react'
import { Link } from 'react-router-dom'
import { useI18n } from '../i18n/I18nProvider'
import { paths } from '../routes'

/**
 * Returns true for a failed load of a lazy page chunk. A tab opened before a
 * rebuild requests chunk names the server no longer has, and only a reload
 * fetches the new ones.
 */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? `${error.name} ${error.message}` : String(error)
  return /dynamically imported module|module script|Importing a module script failed|ChunkLoadError|Loading chunk/i.test(message)
}

function CrashMessage({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n()
  const chunk = isChunkLoadError(error)
  return (
    <section className="page page--narrow error-box" role="alert">
      <h1 className="error-box__title">{t('crash.title')}</h1>
      <p>{t(chunk ? 'crash.chunk' : 'crash.other')}</p>
      <div className="button-row">
        {chunk ? (
          <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
            {t('crash.reload')}
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={onRetry}>
            {t('common.retry')}
          </button>
        )}
        <Link to={paths.home} className="button" onClick={onRetry}>
          {t('notFound.home')}
        </Link>
      </div>
    </section>
  )
}

interface ErrorBoundaryProps {
  children: ReactNode
}

interface ErrorBoundaryState {
  error: unknown
  failed: boolean
}

/**
 * Shows a translated message with a retry in place of a page that failed to
 * render or to load, so the header and the other pages stay usable. The parent
 * gives it a `key` per path, so moving to another page clears the error.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: null, failed: false }

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error, failed: true }
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Page failed to render', error, info.componentStack)
  }

  private retry = () => this.setState({ error: null, failed: false })

  render() {
    if (this.state.failed) return <CrashMessage error={this.state.error} onRetry={this.retry} />
    return this.props.children
  }
}
