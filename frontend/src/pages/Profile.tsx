import { useState } from 'react'
import { createResume, deleteResume, listMyResumes, updateResume } from '../api/resumes'
import type { Resume, ResumeInput } from '../api/types'
import { ResumeForm } from '../components/forms/ResumeForm'
import { ListStatus } from '../components/ui/ListStatus'
import { ActionFeedback, useRowActions } from '../components/ui/rowActions'
import { useAsync } from '../hooks'
import { useI18n } from '../i18n/I18nProvider'

/** Which resume the form shows: none, a new one, or an existing one by id. */
type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; resume: Resume }

export default function Profile() {
  const { t, date, money, count } = useI18n()
  const resumes = useAsync(() => listMyResumes(), 'mine')
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' })
  const { notice, setNotice, error, run } = useRowActions()

  const startEditing = (next: Editing) => {
    setNotice(null)
    setEditing(next)
  }

  const save = async (input: ResumeInput) => {
    if (editing.mode === 'edit') await updateResume(editing.resume.id, input)
    else await createResume(input)
    setEditing({ mode: 'closed' })
    setNotice(t('profile.saved'))
    resumes.reload()
  }

  const remove = (resume: Resume) =>
    run(
      resume.id,
      async () => {
        await deleteResume(resume.id)
        resumes.reload()
        return t('profile.deleted')
      },
      { confirm: t('profile.confirmDelete', { title: resume.title }) },
    )

  const items = resumes.data?.items ?? []
  const formOpen = editing.mode !== 'closed' || (resumes.data !== null && items.length === 0)

  return (
    <section className="page">
      <div className="page__header">
        <div>
          <h1>{t('profile.title')}</h1>
          <p className="muted">{t('profile.subtitle')}</p>
        </div>
        {!formOpen && items.length > 0 && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => startEditing({ mode: 'new' })}
          >
            {t('profile.new')}
          </button>
        )}
      </div>

      <ActionFeedback notice={notice} error={error} onDismiss={() => setNotice(null)} />
      <ListStatus list={resumes} loadError={t('profile.loadError')} empty={t('profile.empty')} />

      {formOpen && (
        <ResumeForm
          key={editing.mode === 'edit' ? editing.resume.id : 'new'}
          resume={editing.mode === 'edit' ? editing.resume : null}
          onSave={save}
          onCancel={items.length > 0 ? () => setEditing({ mode: 'closed' }) : undefined}
        />
      )}

      {!formOpen && items.length > 0 && (
        <>
          <p className="muted">{t('profile.count', { count: count(items.length, 'resume') })}</p>
          <div className="resume-list">
            {items.map((resume) => (
              <article key={resume.id} className="card resume-card" aria-labelledby={`resume-${resume.id}`}>
                <header className="resume-card__header">
                  <h2 id={`resume-${resume.id}`}>{resume.title}</h2>
                  <span className={`badge ${resume.is_public ? 'badge--ok' : ''}`}>
                    {resume.is_public ? t('resume.public') : t('resume.private')}
                  </span>
                </header>
                {resume.summary && <p className="prewrap">{resume.summary}</p>}
                <dl className="facts">
                  {resume.desired_position && (
                    <>
                      <dt>{t('resume.desired_position')}</dt>
                      <dd>{resume.desired_position}</dd>
                    </>
                  )}
                  {resume.desired_salary !== null && (
                    <>
                      <dt>{t('resume.desired_salary')}</dt>
                      <dd>{money(resume.desired_salary)}</dd>
                    </>
                  )}
                  {resume.location && (
                    <>
                      <dt>{t('resume.location')}</dt>
                      <dd>{resume.location}</dd>
                    </>
                  )}
                  {resume.skills && (
                    <>
                      <dt>{t('resume.skills')}</dt>
                      <dd>{resume.skills}</dd>
                    </>
                  )}
                  {resume.languages && (
                    <>
                      <dt>{t('resume.languages')}</dt>
                      <dd>{resume.languages}</dd>
                    </>
                  )}
                  {resume.experience && (
                    <>
                      <dt>{t('resume.experience')}</dt>
                      <dd className="prewrap">{resume.experience}</dd>
                    </>
                  )}
                  {resume.education && (
                    <>
                      <dt>{t('resume.education')}</dt>
                      <dd className="prewrap">{resume.education}</dd>
                    </>
                  )}
                  {resume.portfolio_url && (
                    <>
                      <dt>{t('resume.portfolio_url')}</dt>
                      <dd>
                        <a href={resume.portfolio_url} target="_blank" rel="noreferrer noopener">
                          {resume.portfolio_url}
                        </a>
                      </dd>
                    </>
                  )}
                </dl>
                <footer className="resume-card__footer">
                  <span className="muted small">{t('profile.updated', { date: date(resume.updated_at) })}</span>
                  <div className="button-row">
                    <button
                      type="button"
                      className="button"
                      onClick={() => startEditing({ mode: 'edit', resume })}
                    >
                      {t('common.edit')}
                    </button>
                    <button type="button" className="button button--danger" onClick={() => void remove(resume)}>
                      {t('common.delete')}
                    </button>
                  </div>
                </footer>
              </article>
            ))}
          </div>
        </>
      )}
    </section>
  )
}
