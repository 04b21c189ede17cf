import { useRef, type KeyboardEvent } from 'react'
import { useSearchParams } from 'react-router-dom'
import type { EmployerApplicationSort } from '../api/applications'
import { APPLICATION_STATUSES, type ApplicationStatus } from '../api/types'
import { ApplicationsTable, type ApplicationFilters } from '../components/employer/ApplicationsTable'
import { MyJobs } from '../components/employer/MyJobs'
import { useI18n } from '../i18n/I18nProvider'

type Tab = 'jobs' | 'applications'
const TABS: readonly Tab[] = ['jobs', 'applications']

/** Reads the applications tab's filters from the address bar, where they are kept as for the job search. */
function filtersFromQuery(query: URLSearchParams): ApplicationFilters {
  const jobId = Number(query.get('job_id'))
  const status = query.get('status')
  const sort = query.get('sort')
  return {
    jobId: Number.isInteger(jobId) && jobId > 0 ? jobId : null,
    status: APPLICATION_STATUSES.includes(status as ApplicationStatus) ? (status as ApplicationStatus) : null,
    sort: sort === 'created_at' ? 'created_at' : ('relevance' satisfies EmployerApplicationSort),
    page: Math.max(1, Number(query.get('page')) || 1),
  }
}

function queryOf(tab: Tab, filters?: ApplicationFilters): URLSearchParams {
  const query = new URLSearchParams({ tab })
  if (filters) {
    if (filters.jobId) query.set('job_id', String(filters.jobId))
    if (filters.status) query.set('status', filters.status)
    if (filters.sort !== 'relevance') query.set('sort', filters.sort)
    if (filters.page > 1) query.set('page', String(filters.page))
  }
  return query
}

export default function EmployerDashboard() {
  const { t } = useI18n()
  const [query, setQuery] = useSearchParams()
  const tab: Tab = query.get('tab') === 'applications' ? 'applications' : 'jobs'
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ jobs: null, applications: null })

  const selectTab = (next: Tab) => setQuery(queryOf(next))

  // Arrow keys move between tabs, as in the WAI-ARIA tabs pattern.
  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return
    const index = TABS.indexOf(tab)
    const next = TABS[(index + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]
    selectTab(next)
    tabRefs.current[next]?.focus()
  }

  return (
    <section className="page">
      <h1>{t('employer.title')}</h1>
      <div className="tabs" role="tablist" aria-label={t('employer.tabs')}>
        {TABS.map((name) => (
          <button
            key={name}
            ref={(element) => {
              tabRefs.current[name] = element
            }}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            className="tabs__tab"
            onClick={() => selectTab(name)}
            onKeyDown={onTabKeyDown}
          >
            {t(name === 'jobs' ? 'employer.tabJobs' : 'employer.tabApplications')}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tabs__panel">
        {tab === 'jobs' ? (
          <MyJobs onShowApplications={(jobId) => setQuery(queryOf('applications', { ...filtersFromQuery(new URLSearchParams()), jobId }))} />
        ) : (
          <ApplicationsTable
            filters={filtersFromQuery(query)}
            onFiltersChange={(filters) => setQuery(queryOf('applications', filters))}
          />
        )}
      </div>
    </section>
  )
}
