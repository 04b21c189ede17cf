import { useState } from 'react'
import { Link, useParams } from 'react-router-dom'
import { apply, listMyApplications } from '../api/applications'
import { getJob } from '../api/jobs'
import { listMyResumes } from '../api/resumes'
import type { Application, ChatLang, Job, User } from '../api/types'
import { useAuth } from '../auth/AuthProvider'
import { useChat } from '../components/chat/ChatProvider'
import { useFormSubmit } from '../components/forms/useForm'
import { ErrorMessage } from '../components/ui/ErrorMessage'
import { Field } from '../components/ui/Field'
import { FormError } from '../components/ui/FormError'
import { Notice } from '../components/ui/Notice'
import { Spinner } from '../components/ui/Spinner'
import { RelevanceValue, StatusBadge } from '../components/ui/StatusBadge'
import { useAsync } from '../hooks'
import { useI18n } from '../i18n/I18nProvider'
import NotFound from './NotFound'
import { paths, signInPath } from '../routes'

export default function JobDetails() {
  const { t, salary, date } = useI18n()
  const { user } = useAuth()
  const { id = '' } = useParams()
  const jobId = Number(id)
  const valid = Number.isInteger(jobId) && jobId > 0
  const job = useAsync(() => (valid ? getJob(jobId) : Promise.reject(new Error('invalid id'))), id)

  if (!valid || job.error?.code === 'not_found') return <NotFound />
  if (job.loading) return <Spinner label={t('common.loading')} />
  if (job.error || !job.data) return <ErrorMessage title={t('job.loadError')} error={job.error} onRetry={job.reload} />

  const vacancy = job.data
  return (
    <article className="page job-details">
      <Link to={paths.home} className="back-link">
        {t('job.backToList')}
      </Link>
      {!vacancy.is_active && (
        <div className="notice notice--warning" role="status" data-testid="archived-notice">
          {t('apply.archived')}
        </div>
      )}
      <div className="job-details__layout">
        <div className="job-details__main">
          <header className="job-details__header">
            <h1>{vacancy.title}</h1>
            {vacancy.employer_name && <p className="job-details__employer">{vacancy.employer_name}</p>}
            <p className="job-details__salary">{salary(vacancy.salary_min, vacancy.salary_max, vacancy.salary_currency)}</p>
            <p className="muted">
              {t('job.posted', { date: date(vacancy.created_at) })}
              {!vacancy.is_active && <span className="tag tag--archived">{t('job.archived')}</span>}
            </p>
          </header>

          <section className="job-section">
            <h2>{t('job.description')}</h2>
            <p className="prewrap">{vacancy.description}</p>
          </section>
          {vacancy.requirements && (
            <section className="job-section">
              <h2>{t('job.requirements')}</h2>
              <p className="prewrap">{vacancy.requirements}</p>
            </section>
          )}
          <section className="job-section">
            <h2>{t('job.conditions')}</h2>
            <dl className="facts">
              <dt>{t('job.location')}</dt>
              <dd>{vacancy.location ?? t('common.notSpecified')}</dd>
              <dt>{t('job.format')}</dt>
              <dd>{vacancy.remote_work ? t('job.formatRemote') : t('job.formatOffice')}</dd>
              <dt>{t('home.employmentType')}</dt>
              <dd>{vacancy.employment_type ? t(`employment.${vacancy.employment_type}`) : t('common.notSpecified')}</dd>
              <dt>{t('home.experienceLevel')}</dt>
              <dd>{vacancy.experience_level ? t(`experience.${vacancy.experience_level}`) : t('common.notSpecified')}</dd>
              <dt>{t('job.salary')}</dt>
              <dd>{salary(vacancy.salary_min, vacancy.salary_max, vacancy.salary_currency)}</dd>
            </dl>
          </section>
        </div>

        <aside className="job-details__side">
          <ApplyPanel job={vacancy} user={user} />
        </aside>
      </div>
    </article>
  )
}

/** What the viewer can do with the vacancy: apply, see their application, or manage it. */
function ApplyPanel({ job, user }: { job: Job; user: User | null }) {
  const { t, count } = useI18n()
  const { loading } = useAuth()

  if (loading) return <Spinner label={t('common.loading')} />
  // An archived vacancy takes no applications: the notice above the page says so.
  if (!user && !job.is_active) return null
  if (!user) {
    return (
      <div className="card apply-card">
        <p>{t('apply.signInPrompt')}</p>
        <Link to={signInPath(paths.job(job.id))} className="button button--primary button--block">
          {t('apply.signInAction')}
        </Link>
      </div>
    )
  }
  if (user.user_type === 'employer') {
    const own = job.employer_id === user.id
    return (
      <div className="card apply-card">
        {own ? (
          <>
            <p>{t('apply.ownJob')}</p>
            {job.applications_count !== null && (
              <p className="apply-card__count">{count(job.applications_count, 'application')}</p>
            )}
            <Link to={`${paths.employer}?tab=applications&job_id=${job.id}`} className="button button--block">
              {t('apply.toDashboard')}
            </Link>
          </>
        ) : (
          <p>{t('apply.employerNote')}</p>
        )}
      </div>
    )
  }
  return <SeekerApply job={job} userId={user.id} />
}

function SeekerApply({ job, userId }: { job: Job; userId: number }) {
  const { t, lang, date } = useI18n()
  const { openChat, sessionVersion } = useChat()
  const mine = useAsync(() => listMyApplications({ job_id: job.id }), `${job.id}:${userId}:${sessionVersion}`)
  const resumes = useAsync(() => listMyResumes(), String(userId))
  const [created, setCreated] = useState<Application | null>(null)
  // null until the user picks an option; '' is the deliberate choice "no resume".
  const [chosenResumeId, setChosenResumeId] = useState<string | null>(null)
  const [coverLetter, setCoverLetter] = useState('')
  const { fieldErrors, formError, submitting, handleSubmit } = useFormSubmit()

  // The newest resume is offered first, since that is usually the one to send.
  const resumeList = resumes.data?.items ?? []
  const resumeId = chosenResumeId ?? (resumeList.length > 0 ? String(resumeList[0].id) : '')

  const chatLang: ChatLang = lang === 'kk' ? 'kk' : 'ru'
  const application = mine.data?.items[0] ?? created

  const onSubmit = handleSubmit({
    send: async () => {
      const result = await apply({
        job_id: job.id,
        ...(resumeId ? { resume_id: Number(resumeId) } : {}),
        ...(coverLetter.trim() ? { cover_letter: coverLetter.trim() } : {}),
        lang: chatLang,
      })
      setCreated(result)
      openChat({ applicationId: result.id, jobTitle: job.title, readOnly: false })
      mine.reload()
    },
    // The list of the user's applications is stale when the server already has one.
    onError: (error) => {
      if (error.code === 'already_applied') mine.reload()
    },
  })

  if (mine.loading) return <Spinner label={t('common.loading')} />
  if (mine.error) return <ErrorMessage title={t('apply.loadError')} error={mine.error} onRetry={mine.reload} />

  if (application) {
    return (
      <div className="card apply-card" data-testid="my-application">
        {created && <Notice text={t('apply.success')} />}
        <p>{t('apply.already', { date: date(application.created_at) })}</p>
        <dl className="facts facts--compact">
          <dt>{t('apply.status')}</dt>
          <dd>
            <StatusBadge status={application.status} />
          </dd>
          <dt>{t('apply.relevance')}</dt>
          <dd>
            <RelevanceValue score={application.relevance_score} />
          </dd>
        </dl>
        <button
          type="button"
          className="button button--primary button--block"
          onClick={() => openChat({ applicationId: application.id, jobTitle: job.title, readOnly: false })}
        >
          {t('apply.openChat')}
        </button>
      </div>
    )
  }

  // The notice above the page says that an archived vacancy takes no applications.
  if (!job.is_active) return null

  return (
    <form className="card apply-card form" onSubmit={onSubmit} noValidate>
      <h2>{t('apply.title')}</h2>
      <FormError message={formError} />
      {resumes.loading ? (
        <Spinner label={t('common.loading')} />
      ) : (
        <Field id="apply-resume" label={t('apply.resume')} error={fieldErrors.resume_id}>
          <select value={resumeId} onChange={(event) => setChosenResumeId(event.target.value)}>
            {resumeList.map((resume) => (
              <option key={resume.id} value={resume.id}>
                {resume.title}
              </option>
            ))}
            <option value="">{t('apply.noResume')}</option>
          </select>
        </Field>
      )}
      {!resumes.loading && resumeList.length === 0 && (
        <p className="muted">
          {t('apply.noResumesHint')} <Link to={paths.profile}>{t('apply.createResume')}</Link>
        </p>
      )}
      <Field
        id="apply-cover"
        label={t('apply.coverLetter')}
        optionalLabel={t('common.optional')}
        error={fieldErrors.cover_letter}
      >
        <textarea
          rows={4}
          value={coverLetter}
          placeholder={t('apply.coverLetterPlaceholder')}
          onChange={(event) => setCoverLetter(event.target.value)}
        />
      </Field>
      <p className="muted small">{t('apply.chatLangNote')}</p>
      <button type="submit" className="button button--primary button--block" disabled={submitting}>
        {submitting ? t('apply.submitting') : t('apply.submit')}
      </button>
    </form>
  )
}
