import type { ApplicationStatus } from '../../api/types'
import { useI18n } from '../../i18n/I18nProvider'

export function StatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useI18n()
  return <span className={`badge badge--status-${status}`}>{t(`status.${status}`)}</span>
}

/** A relevance score as a percentage, or a muted "not scored". */
export function RelevanceValue({ score }: { score: number | null }) {
  const { t, percent } = useI18n()
  if (score === null) return <span className="muted">{t('employerApps.notScored')}</span>
  const tone = score >= 70 ? 'high' : score >= 40 ? 'mid' : 'low'
  return <strong className={`relevance-value relevance-value--${tone}`}>{percent(score)}</strong>
}
