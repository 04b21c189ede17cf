import type { ChatSession } from '../../api/types'
import { useI18n } from '../../i18n/I18nProvider'
import { factorLabel } from './factors'

/** Relevance score, the summary and one bar per factor of the score, with its reason. */
export function RelevancePanel({ session }: { session: ChatSession }) {
  const { t, percent } = useI18n()
  const factors = Object.entries(session.reasons_json ?? {}).sort(([, a], [, b]) => b.weight - a.weight)
  const score = session.relevance_score

  return (
    <section className="relevance" aria-labelledby="relevance-title">
      <div className="relevance__head">
        <h3 id="relevance-title">{t(session.is_completed ? 'chat.relevance' : 'chat.currentRelevance')}</h3>
        <strong className="relevance__score" data-testid="relevance-score">
          {score === null ? t('chat.notScored') : percent(score)}
        </strong>
      </div>
      {score !== null && <Bar value={score} label={percent(score)} />}

      {session.summary_text && (
        <div className="relevance__summary">
          <h4>{t('chat.summary')}</h4>
          <p data-testid="summary-text">{session.summary_text}</p>
        </div>
      )}

      {factors.length > 0 && (
        <div className="relevance__factors">
          <h4>{t('chat.reasons')}</h4>
          <ul>
            {factors.map(([name, factor]) => (
              <li key={name} className="factor">
                <div className="factor__head">
                  <span className="factor__name">{factorLabel(name, t)}</span>
                  <span className="factor__meta">
                    {percent(factor.score)} · {t('chat.factorWeight', { weight: percent(factor.weight * 100) })}
                  </span>
                </div>
                <Bar value={factor.score} label={percent(factor.score)} />
                <p className="factor__reason">{factor.reason}</p>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}

function Bar({ value, label }: { value: number; label: string }) {
  const clamped = Math.max(0, Math.min(100, value))
  const tone = clamped >= 70 ? 'high' : clamped >= 40 ? 'mid' : 'low'
  return (
    <div
      className={`bar bar--${tone}`}
      role="meter"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={clamped}
      aria-valuetext={label}
    >
      <span className="bar__fill" style={{ width: `${clamped}%` }} />
    </div>
  )
}
