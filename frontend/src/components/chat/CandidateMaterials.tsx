import { Fragment } from 'react'
import { getResume } from '../../api/resumes'
import type { Application } from '../../api/types'
import { useAsync } from '../../hooks'
import { useI18n } from '../../i18n/I18nProvider'
import { ErrorMessage } from '../ui/ErrorMessage'
import { Spinner } from '../ui/Spinner'

/**
 * Shows what the candidate sent with the application in the employer's
 * read-only drawer: the cover letter and the resume. GET /resumes/{id} lets the employer
 * read a resume that came with an application to their vacancy.
 */
export function CandidateMaterials({ application }: { application: Application }) {
  const { t } = useI18n()
  return (
    <section className="candidate-materials" aria-label={t('candidate.title')} data-testid="candidate-materials">
      <details open>
        <summary>{t('apply.coverLetter')}</summary>
        {application.cover_letter ? (
          <p className="prewrap">{application.cover_letter}</p>
        ) : (
          <p className="muted">{t('candidate.noCoverLetter')}</p>
        )}
      </details>
      <details open>
        <summary>{t('candidate.resume')}</summary>
        {application.resume_id === null ? (
          <p className="muted">{t('candidate.resumeMissing')}</p>
        ) : (
          <ResumeDetails resumeId={application.resume_id} />
        )}
      </details>
    </section>
  )
}

function ResumeDetails({ resumeId }: { resumeId: number }) {
  const { t, money } = useI18n()
  const resume = useAsync(() => getResume(resumeId), String(resumeId))

  if (resume.loading) return <Spinner label={t('common.loading')} />
  if (resume.error?.code === 'not_found') return <p className="muted">{t('candidate.resumeMissing')}</p>
  if (resume.error || !resume.data) {
    return <ErrorMessage title={t('candidate.resumeLoadError')} error={resume.error} onRetry={resume.reload} />
  }

  const data = resume.data
  const texts = [
    ['resume.desired_position', data.desired_position],
    ['resume.location', data.location],
    ['resume.skills', data.skills],
    ['resume.languages', data.languages],
    ['resume.experience', data.experience],
    ['resume.education', data.education],
  ] as const
  return (
    <div className="candidate-resume">
      <h3>{data.title}</h3>
      {data.summary && <p className="prewrap">{data.summary}</p>}
      <dl className="facts">
        {texts.map(([key, value]) =>
          value ? (
            <Fragment key={key}>
              <dt>{t(key)}</dt>
              <dd className="prewrap">{value}</dd>
            </Fragment>
          ) : null,
        )}
        {data.desired_salary !== null && (
          <>
            <dt>{t('resume.desired_salary')}</dt>
            <dd>{money(data.desired_salary)}</dd>
          </>
        )}
        {data.portfolio_url && (
          <>
            <dt>{t('resume.portfolio_url')}</dt>
            <dd>
              <a href={data.portfolio_url} target="_blank" rel="noreferrer noopener">
                {data.portfolio_url}
              </a>
            </dd>
          </>
        )}
      </dl>
    </div>
  )
}
