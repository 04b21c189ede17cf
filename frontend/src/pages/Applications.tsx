import { Link } from 'react-router-dom'
import { listMyApplications } from '../api/applications'
import { useChat } from '../components/chat/ChatProvider'
import { ListStatus } from '../components/ui/ListStatus'
import { RelevanceValue, StatusBadge } from '../components/ui/StatusBadge'
import { useAsync } from '../hooks'
import { useI18n } from '../i18n/I18nProvider'
import { paths } from '../routes'

/** Lists the job seeker's applications with status and relevance, each reopening its SmartBot chat. */
export default function Applications() {
  const { t, date, count } = useI18n()
  const { openChat, sessionVersion } = useChat()
  const applications = useAsync(() => listMyApplications({ per_page: 100 }), String(sessionVersion))
  const items = applications.data?.items ?? []

  return (
    <section className="page">
      <h1>{t('myApps.title')}</h1>
      <ListStatus
        list={applications}
        loadError={t('myApps.loadError')}
        empty={t('myApps.empty')}
        emptyAction={
          <Link to={paths.home} className="button button--primary">
            {t('myApps.browse')}
          </Link>
        }
      />
      {items.length > 0 && (
        <>
          <p className="muted" data-testid="applications-count">
            {count(applications.data?.total ?? items.length, 'application')}
          </p>
          <ul className="application-list">
            {items.map((application) => (
              <li key={application.id} className="card application-card" data-testid="my-application-row">
                <div className="application-card__main">
                  <h2>
                    <Link to={paths.job(application.job_id)}>{application.job_title}</Link>
                  </h2>
                  <p className="muted small">
                    {t('myApps.appliedOn', { date: date(application.created_at) })}
                    {application.resume_title ? ` · ${application.resume_title}` : ''}
                  </p>
                  <p className="application-card__facts">
                    <StatusBadge status={application.status} />
                    <span>
                      {t('apply.relevance')}: <RelevanceValue score={application.relevance_score} />
                    </span>
                    <span className="muted small">
                      {application.is_completed ? t('employerApps.dialogDone') : t('employerApps.dialogOpen')}
                    </span>
                  </p>
                </div>
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    openChat({ applicationId: application.id, jobTitle: application.job_title, readOnly: false })
                  }
                >
                  {t('myApps.openChat')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
