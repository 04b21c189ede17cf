import { useEffect, useState, type FormEvent } from 'react'
import { useSearchParams } from 'react-router-dom'
import { listJobs, type JobFilters } from '../api/jobs'
import { EMPLOYMENT_TYPES, EXPERIENCE_LEVELS, type EmploymentType, type ExperienceLevel } from '../api/types'
import { JobCard } from '../components/JobCard'
import { EmptyState } from '../components/ui/EmptyState'
import { ErrorMessage } from '../components/ui/ErrorMessage'
import { Pagination } from '../components/ui/Pagination'
import { Spinner } from '../components/ui/Spinner'
import { parseAmount } from '../forms/validation'
import { useAsync } from '../hooks'
import { useI18n } from '../i18n/I18nProvider'
import { pageFromQuery } from '../routes'

const PER_PAGE = 10

/** Reads the search from the address bar, so a search can be shared and survives a refresh. */
function filtersFromQuery(query: URLSearchParams): JobFilters {
  const filters: JobFilters = { page: pageFromQuery(query.get('page')), per_page: PER_PAGE }
  const text = query.get('text')?.trim()
  const location = query.get('location')?.trim()
  const employment = query.get('employment_type')
  const experience = query.get('experience_level')
  const salaryMin = parseAmount(query.get('salary_min') ?? '')
  if (text) filters.text = text
  if (location) filters.location = location
  if (EMPLOYMENT_TYPES.includes(employment as EmploymentType)) filters.employment_type = employment as EmploymentType
  if (EXPERIENCE_LEVELS.includes(experience as ExperienceLevel)) filters.experience_level = experience as ExperienceLevel
  if (query.get('remote') === 'true') filters.remote = true
  if (salaryMin !== null && !Number.isNaN(salaryMin)) filters.salary_min = salaryMin
  return filters
}

export default function Home() {
  const { t, count } = useI18n()
  const [query, setQuery] = useSearchParams()
  const filters = filtersFromQuery(query)
  const jobs = useAsync(() => listJobs(filters), JSON.stringify(filters))

  // The text boxes are drafts until the form is sent; the address bar contains the applied search.
  const [text, setText] = useState(filters.text ?? '')
  const [location, setLocation] = useState(filters.location ?? '')
  const [salaryMin, setSalaryMin] = useState(query.get('salary_min') ?? '')
  useEffect(() => {
    setText(query.get('text') ?? '')
    setLocation(query.get('location') ?? '')
    setSalaryMin(query.get('salary_min') ?? '')
  }, [query])

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(query)
    for (const [name, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(name)
      else next.set(name, value)
    }
    if (!('page' in changes)) next.delete('page')
    setQuery(next)
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    update({ text: text.trim(), location: location.trim(), salary_min: salaryMin.trim() })
  }

  const hasFilters = [...query.keys()].some((name) => name !== 'page')
  const page = jobs.data

  return (
    <section className="page">
      <div className="hero">
        <h1>{t('home.title')}</h1>
        <p className="hero__subtitle">{t('home.subtitle')}</p>
      </div>

      <form className="search card" role="search" aria-label={t('home.searchLabel')} onSubmit={onSubmit}>
        <div className="search__row">
          <label className="search__field search__field--wide">
            <span className="field__label">{t('home.text')}</span>
            <input
              type="search"
              name="text"
              value={text}
              placeholder={t('home.textPlaceholder')}
              onChange={(event) => setText(event.target.value)}
            />
          </label>
          <label className="search__field">
            <span className="field__label">{t('home.location')}</span>
            <input
              name="location"
              value={location}
              placeholder={t('home.locationPlaceholder')}
              onChange={(event) => setLocation(event.target.value)}
            />
          </label>
          <button type="submit" className="button button--primary search__submit">
            {t('home.search')}
          </button>
        </div>
        <div className="search__row search__filters">
          <label className="search__field">
            <span className="field__label">{t('home.employmentType')}</span>
            <select
              value={filters.employment_type ?? ''}
              onChange={(event) => update({ employment_type: event.target.value })}
            >
              <option value="">{t('common.any')}</option>
              {EMPLOYMENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`employment.${type}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="search__field">
            <span className="field__label">{t('home.experienceLevel')}</span>
            <select
              value={filters.experience_level ?? ''}
              onChange={(event) => update({ experience_level: event.target.value })}
            >
              <option value="">{t('common.any')}</option>
              {EXPERIENCE_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`experience.${level}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="search__field">
            <span className="field__label">{t('home.salaryFrom')}</span>
            <input
              inputMode="numeric"
              name="salary_min"
              value={salaryMin}
              onChange={(event) => setSalaryMin(event.target.value)}
            />
          </label>
          <label className="checkbox search__remote">
            <input
              type="checkbox"
              checked={filters.remote === true}
              onChange={(event) => update({ remote: event.target.checked ? 'true' : null })}
            />
            {t('home.remoteOnly')}
          </label>
          {hasFilters && (
            <button type="button" className="link-button" onClick={() => setQuery(new URLSearchParams())}>
              {t('home.reset')}
            </button>
          )}
        </div>
      </form>

      <div className="results" aria-busy={jobs.refreshing}>
        {jobs.loading && <Spinner label={t('common.loading')} />}
        {jobs.error && <ErrorMessage title={t('home.loadError')} error={jobs.error} onRetry={jobs.reload} />}
        {page && !jobs.error && (
          <>
            <p className="results__count" role="status" data-testid="jobs-found">
              {t('home.found', { count: count(page.total, 'job') })}
            </p>
            {page.items.length === 0 && page.total > 0 && (
              <EmptyState text={t('home.pageEmpty')}>
                <button type="button" className="button" onClick={() => update({ page: null })}>
                  {t('home.firstPage')}
                </button>
              </EmptyState>
            )}
            {page.total === 0 && <EmptyState text={hasFilters ? t('home.empty') : t('home.emptyAll')} />}
            {page.items.length > 0 && (
              <div className="job-list">
                {page.items.map((job) => (
                  <JobCard key={job.id} job={job} />
                ))}
              </div>
            )}
            <Pagination
              page={page.page}
              perPage={page.per_page}
              total={page.total}
              onChange={(next) => {
                update({ page: String(next) })
                window.scrollTo({ top: 0 })
              }}
            />
          </>
        )}
      </div>
    </section>
  )
}
