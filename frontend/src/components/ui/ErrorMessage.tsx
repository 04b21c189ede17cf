import { errorMessage } from '../../i18n/errors'
import { useI18n } from '../../i18n/I18nProvider'

interface ErrorMessageProps {
  /** What failed, in the user's words ("Could not load jobs."). */
  title: string
  error?: unknown
  onRetry?: () => void
}

/** A failed load: what failed, why (from the API error code) and a retry button. */
export function ErrorMessage({ title, error, onRetry }: ErrorMessageProps) {
  const format = useI18n()
  return (
    <div className="error-box" role="alert">
      <p className="error-box__title">{title}</p>
      {error !== undefined && error !== null && <p className="error-box__detail">{errorMessage(error, format)}</p>}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {format.t('common.retry')}
        </button>
      )}
    </div>
  )
}
