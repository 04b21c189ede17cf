import { useState } from 'react'
import { Link } from 'react-router-dom'
import { createJob, deleteJob, listMyJobs, updateJob } from '../../api/jobs'
import type { Job, JobInput } from '../../api/types'
import { useAsync } from '../../hooks'
import { useI18n } from '../../i18n/I18nProvider'
import { paths } from '../../routes'
import { JobForm } from '../forms/JobForm'
import { ListStatus } from '../ui/ListStatus'
import { ActionFeedback, useRowActions } from '../ui/rowActions'

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
  const { t, salary, date, count } = useI18n()
  const jobs = useAsync(() => listMyJobs(), 'mine')
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' })
  const { notice, setNotice, error, busyId, run } = useRowActions()

  const startEditing = (next: Editing) => {
    setNotice(null)
    setEditing(next)
  }

  const save = async (input: JobInput) => {
    const saved = editing.mode === 'edit' ? await updateJob(editing.job.id, input) : await createJob(input)
    setNotice(t(editing.mode === 'edit' ? 'employer.saved' : 'employer.published', { title: saved.title }))
    setEditing({ mode: 'closed' })
    jobs.reload()
  }

  // The server archives a vacancy that has applications instead of deleting it.
  const archiveOrDelete = (job: Job) => {
    const archives = (job.applications_count ?? 0) > 0
    return run(
      job.id,
      async () => {
        await deleteJob(job.id)
        jobs.reload()
        return t(archives ? 'employer.archived' : 'employer.deleted', { title: job.title })
      },
      { confirm: t(archives ? 'employer.confirmArchive' : 'employer.confirmDelete', { title: job.title }) },
    )
  }

  const restore = (job: Job) =>
    run(job.id, async () => {
      await updateJob(job.id, inputOf(job, true))
      jobs.reload()
      return t('employer.restored', { title: job.title })
    })

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
          onClick={() => startEditing({ mode: 'new' })}
        >
          {t('employer.newJob')}
        </button>
      </div>
      <ActionFeedback notice={notice} error={error} onDismiss={() => setNotice(null)} />
      <ListStatus list={jobs} loadError={t('employer.loadError')} empty={t('employer.noJobs')} />
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
                  onClick={() => startEditing({ mode: 'edit', job })}
                >
                  {t('common.edit')}
                </button>
                {job.is_active ? (
                  <button
                    type="button"
                    className="button button--danger"
                    disabled={busyId === job.id}
                    onClick={() => void archiveOrDelete(job)}
                  >
                    {(job.applications_count ?? 0) > 0 ? t('employer.archive') : t('common.delete')}
                  </button>
                ) : (
                  <button type="button" className="button" disabled={busyId === job.id} onClick={() => void restore(job)}>
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
