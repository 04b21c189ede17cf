import { useI18n } from '../../i18n/I18nProvider'

/** A one-line success message that screen readers announce. */
export function Notice({ text, onDismiss }: { text: string; onDismiss?: () => void }) {
  const { t } = useI18n()
  return (
    <div className="notice" role="status">
      <span>{text}</span>
      {onDismiss && (
        <button type="button" className="icon-button" aria-label={t('common.close')} onClick={onDismiss}>
          ×
        </button>
      )}
    </div>
  )
}
