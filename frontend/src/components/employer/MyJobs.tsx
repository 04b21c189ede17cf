import { useState } from 'react'
import { Link } from 'react-router-dom'
import { createJob, deleteJob, listMyJobs, updateJob, type JobInput } from '../../api/jobs'
import type { Job } from '../../api/types'
import { useAsync } from '../../hooks'
import { errorMessage } from '../../i18n/errors'
import { useI18n } from '../../i18n/I18nProvider'
import { paths } from '../../routes'
import { JobForm } from '../forms/JobForm'
import { EmptyState } from '../ui/EmptyState'
import { ErrorMessage } from '../ui/ErrorMessage'
import { Notice } from '../ui/Notice'
import { Spinner } from '../ui/Spinner'

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; job: Job }

function inputOf(job: Job, isActive: boolean): JobInput {
  return {
    title: job.title,
    description: job.description,
    requirements: job.requirements,
    location: job.location,
    employment_type: job.employment_type,
    experience_level: job.experience_level,
    salary_min: job.salary_min,
    salary_max: job.salary_max,
    salary_currency: job.salary_currency,
    remote_work: job.remote_work,
    is_active: isActive,
  }
}

interface MyJobsProps {
  onShowApplications: (jobId: number) => void
}

/** The employer's vacancies, archived ones included, with create, edit, archive and restore. */
export function MyJobs({ onShowApplications }: MyJobsProps) {
  const format = useI18n()
  const { t, salary, date, count } = format
  const jobs = useAsync(() => listMyJobs(), 'mine')
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' })
  const [notice, setNotice] = useState<string | null>(null)
  const [actionError, setActionError] = useState<string | null>(null)
  const [busyId, setBusyId] = useState<number | null>(null)

  const save = async (input: JobInput) => {
    const saved = editing.mode === 'edit' ? await updateJob(editing.job.id, input) : await createJob(input)
    setNotice(t(editing.mode === 'edit' ? 'employer.saved' : 'employer.published', { title: saved.title }))
    setEditing({ mode: 'closed' })
    jobs.reload()
  }

  const act = async (job: Job, action: () => Promise<void>, done: string) => {
    setActionError(null)
    setNotice(null)
    setBusyId(job.id)
    try {
      await action()
      setNotice(done)
      jobs.reload()
    } catch (error) {
      setActionError(errorMessage(error, format))
    } finally {
      setBusyId(null)
    }
  }

  const archiveOrDelete = (job: Job) => {
    const archives = (job.applications_count ?? 0) > 0
    const question = t(archives ? 'employer.confirmArchive' : 'employer.confirmDelete', { title: job.title })
    if (!window.confirm(question)) return
    void act(job, () => deleteJob(job.id), t(archives ? 'employer.archived' : 'employer.deleted', { title: job.title }))
  }

  const restore = (job: Job) =>
    void act(job, () => updateJob(job.id, inputOf(job, true)).then(() => undefined), t('employer.restored', { title: job.title }))

  if (editing.mode !== 'closed') {
    return (
      <JobForm
        key={editing.mode === 'edit' ? editing.job.id : 'new'}
        job={editing.mode === 'edit' ? editing.job : null}
        onSave={save}
        onCancel={() => setEditing({ mode: 'closed' })}
      />
    )
  }

  const items = jobs.data?.items ?? []
  return (
    <div className="my-jobs">
      <div className="toolbar">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            setNotice(null)
            setEditing({ mode: 'new' })
          }}
        >
          {t('employer.newJob')}
        </button>
      </div>
      {notice && <Notice text={notice} onDismiss={() => setNotice(null)} />}
      {actionError && (
        <p className="form__error" role="alert">
          {actionError}
        </p>
      )}
      {jobs.loading && <Spinner label={t('common.loading')} />}
      {jobs.error && <ErrorMessage title={t('employer.loadError')} error={jobs.error} onRetry={jobs.reload} />}
      {jobs.data && items.length === 0 && <EmptyState text={t('employer.noJobs')} />}
      {items.length > 0 && (
        <ul className="my-job-list">
          {items.map((job) => (
            <li key={job.id} className={`card my-job${job.is_active ? '' : ' my-job--archived'}`}>
              <div className="my-job__main">
                <h3>
                  <Link to={paths.job(job.id)}>{job.title}</Link>
                </h3>
                <p className="muted">
                  {[job.location, salary(job.salary_min, job.salary_max, job.salary_currency), date(job.created_at)]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                <p>
                  <span className={`badge ${job.is_active ? 'badge--ok' : 'badge--muted'}`}>
                    {job.is_active ? t('employer.statusActive') : t('job.archived')}
                  </span>{' '}
                  <button type="button" className="link-button" onClick={() => onShowApplications(job.id)}>
                    {count(job.applications_count ?? 0, 'application')}
                  </button>
                </p>
              </div>
              <div className="button-row my-job__actions">
                <button
                  type="button"
                  className="button"
                  disabled={busyId === job.id}
                  onClick={() => {
                    setNotice(null)
                    setEditing({ mode: 'edit', job })
                  }}
                >
                  {t('common.edit')}
                </button>
                {job.is_active ? (
                  <button
                    type="button"
                    className="button button--danger"
                    disabled={busyId === job.id}
                    onClick={() => archiveOrDelete(job)}
                  >
                    {(job.applications_count ?? 0) > 0 ? t('employer.archive') : t('common.delete')}
                  </button>
                ) : (
                  <button type="button" className="button" disabled={busyId === job.id} onClick={() => restore(job)}>
                    {t('employer.restore')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
