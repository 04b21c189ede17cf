import { Link } from 'react-router-dom'
import type { Job } from '../api/types'
import { useI18n } from '../i18n/I18nProvider'
import { paths } from '../routes'

/** One vacancy in a list: the facts a candidate scans before opening it. */
export function JobCard({ job }: { job: Job }) {
  const { t, salary, date } = useI18n()
  const headingId = `job-${job.id}-title`
  return (
    <article className="card job-card" aria-labelledby={headingId}>
      <div className="job-card__main">
        <h3 id={headingId} className="job-card__title">
          <Link to={paths.job(job.id)}>{job.title}</Link>
        </h3>
        {job.employer_name && <p className="job-card__employer">{job.employer_name}</p>}
        <p className="job-card__salary">{salary(job.salary_min, job.salary_max, job.salary_currency)}</p>
        <ul className="tags" aria-label={t('job.conditions')}>
          {job.location && <li className="tag">{job.location}</li>}
          {job.remote_work && <li className="tag tag--remote">{t('job.remote')}</li>}
          {job.employment_type && <li className="tag">{t(`employment.${job.employment_type}`)}</li>}
          {job.experience_level && <li className="tag">{t(`experience.${job.experience_level}`)}</li>}
          {!job.is_active && <li className="tag tag--archived">{t('job.archived')}</li>}
        </ul>
      </div>
      <div className="job-card__side">
        <time className="muted" dateTime={job.created_at}>
          {date(job.created_at)}
        </time>
        <Link to={paths.job(job.id)} className="button" aria-label={t('job.detailsAbout', { title: job.title })}>
          {t('job.details')}
        </Link>
      </div>
    </article>
  )
}
