import { Link } from 'react-router-dom'
import { listEmployerApplications, setApplicationStatus, type EmployerApplicationSort } from '../../api/applications'
import { listMyJobs } from '../../api/jobs'
import { APPLICATION_STATUSES, type Application, type ApplicationStatus } from '../../api/types'
import { useAsync } from '../../hooks'
import { useI18n } from '../../i18n/I18nProvider'
import { paths } from '../../routes'
import { useChat } from '../chat/ChatProvider'
import { ListStatus } from '../ui/ListStatus'
import { Pagination } from '../ui/Pagination'
import { ActionFeedback, useRowActions } from '../ui/rowActions'
import { RelevanceValue } from '../ui/StatusBadge'

/** The moves the API allows from each status; the current one is always listed first. */
const NEXT_STATUSES: Record<ApplicationStatus, ApplicationStatus[]> = {
  pending: ['in_review', 'accepted', 'rejected'],
  in_review: ['accepted', 'rejected'],
  accepted: [],
  rejected: [],
}

const PER_PAGE = 20

export interface ApplicationFilters {
  jobId: number | null
  status: ApplicationStatus | null
  sort: EmployerApplicationSort
  page: number
}

interface ApplicationsTableProps {
  filters: ApplicationFilters
  onFiltersChange: (filters: ApplicationFilters) => void
}

/** Applications to the employer's vacancies, with filters, sorting, status changes and the read-only chat. */
export function ApplicationsTable({ filters, onFiltersChange }: ApplicationsTableProps) {
  const { t, shortDate } = useI18n()
  const { openChat, sessionVersion } = useChat()
  const jobs = useAsync(() => listMyJobs(), 'mine')
  const applications = useAsync(
    () =>
      listEmployerApplications({
        ...(filters.jobId ? { job_id: filters.jobId } : {}),
        ...(filters.status ? { status: filters.status } : {}),
        sort: filters.sort,
        page: filters.page,
        per_page: PER_PAGE,
      }),
    `${JSON.stringify(filters)}:${sessionVersion}`,
  )
  const { notice, setNotice, error, busyId: updatingId, run } = useRowActions()

  const change = (changes: Partial<ApplicationFilters>) => onFiltersChange({ ...filters, page: 1, ...changes })

  const changeStatus = (application: Application, status: ApplicationStatus) =>
    run(application.id, async () => {
      const updated = await setApplicationStatus(application.id, status)
      const page = applications.data
      if (page) {
        applications.setData({ ...page, items: page.items.map((item) => (item.id === updated.id ? updated : item)) })
      }
      return t('employerApps.statusChanged', { name: updated.candidate_name, status: t(`status.${updated.status}`) })
    })

  const page = applications.data
  const filtered = filters.jobId !== null || filters.status !== null

  return (
    <div className="employer-apps">
      <div className="filters card">
        <label className="search__field">
          <span className="field__label">{t('employerApps.filterJob')}</span>
          <select
            value={filters.jobId ?? ''}
            onChange={(event) => change({ jobId: event.target.value ? Number(event.target.value) : null })}
          >
            <option value="">{t('employerApps.allJobs')}</option>
            {(jobs.data?.items ?? []).map((job) => (
              <option key={job.id} value={job.id}>
                {job.is_active ? job.title : `${job.title} (${t('job.archived')})`}
              </option>
            ))}
          </select>
        </label>
        <label className="search__field">
          <span className="field__label">{t('employerApps.filterStatus')}</span>
          <select
            value={filters.status ?? ''}
            onChange={(event) => change({ status: (event.target.value || null) as ApplicationStatus | null })}
          >
            <option value="">{t('employerApps.allStatuses')}</option>
            {APPLICATION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="search__field">
          <span className="field__label">{t('employerApps.sort')}</span>
          <select
            value={filters.sort}
            onChange={(event) => change({ sort: event.target.value as EmployerApplicationSort })}
          >
            <option value="relevance">{t('employerApps.sortRelevance')}</option>
            <option value="created_at">{t('employerApps.sortDate')}</option>
          </select>
        </label>
      </div>

      <ActionFeedback notice={notice} error={error} onDismiss={() => setNotice(null)} />
      <ListStatus
        list={applications}
        loadError={t('employerApps.loadError')}
        empty={filtered ? t('employerApps.emptyFiltered') : t('employerApps.empty')}
      />
      {page && !applications.error && page.items.length > 0 && (
        <>
          <table className="data-table" aria-busy={applications.refreshing}>
            <thead>
              <tr>
                <th scope="col">{t('employerApps.candidate')}</th>
                <th scope="col">{t('employerApps.resume')}</th>
                <th scope="col">{t('employerApps.job')}</th>
                <th scope="col">{t('employerApps.status')}</th>
                <th scope="col">{t('employerApps.relevance')}</th>
                <th scope="col">{t('employerApps.date')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('employerApps.chat')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((application) => (
                <tr key={application.id} data-testid="application-row">
                  <td data-label={t('employerApps.candidate')}>
                    <div>
                      <strong>{application.candidate_name}</strong>
                      {application.summary_text && (
                        <p className="summary-snippet" data-testid="summary-snippet">
                          {application.summary_text}
                        </p>
                      )}
                    </div>
                  </td>
                  <td data-label={t('employerApps.resume')}>
                    {application.resume_title ?? <span className="muted">{t('employerApps.noResume')}</span>}
                  </td>
                  <td data-label={t('employerApps.job')}>
                    <Link to={paths.job(application.job_id)}>{application.job_title}</Link>
                  </td>
                  <td data-label={t('employerApps.status')}>
                    <select
                      className="status-select"
                      aria-label={t('employerApps.changeStatus', { name: application.candidate_name })}
                      value={application.status}
                      disabled={updatingId === application.id || NEXT_STATUSES[application.status].length === 0}
                      onChange={(event) => void changeStatus(application, event.target.value as ApplicationStatus)}
                    >
                      {[application.status, ...NEXT_STATUSES[application.status]].map((status) => (
                        <option key={status} value={status}>
                          {t(`status.${status}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td data-label={t('employerApps.relevance')}>
                    <div>
                      <RelevanceValue score={application.relevance_score} />
                      <span className="muted small block">
                        {application.is_completed ? t('employerApps.dialogDone') : t('employerApps.dialogOpen')}
                      </span>
                    </div>
                  </td>
                  <td data-label={t('employerApps.date')}>
                    <time dateTime={application.created_at}>{shortDate(application.created_at)}</time>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('employerApps.chatWith', { name: application.candidate_name })}
                      onClick={() =>
                        openChat({
                          applicationId: application.id,
                          jobTitle: application.job_title,
                          readOnly: true,
                          candidateName: application.candidate_name,
                          application,
                        })
                      }
                    >
                      {t('employerApps.chat')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            page={page.page}
            perPage={page.per_page}
            total={page.total}
            onChange={(next) => onFiltersChange({ ...filters, page: next })}
          />
        </>
      )}
    </div>
  )
}
