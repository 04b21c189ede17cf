import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as applicationsApi from './api/applications'
import * as authApi from './api/auth'
import * as jobsApi from './api/jobs'
import * as resumesApi from './api/resumes'
import type { Page, User } from './api/types'
import App from './App'

vi.mock('./api/auth', () => ({ getMe: vi.fn(), login: vi.fn(), register: vi.fn() }))
vi.mock('./api/jobs', () => ({ listJobs: vi.fn(), listMyJobs: vi.fn() }))
vi.mock('./api/applications', () => ({ listMyApplications: vi.fn(), listEmployerApplications: vi.fn() }))
vi.mock('./api/resumes', () => ({ listMyResumes: vi.fn() }))

const employer: User = {
  id: 1,
  email: 'hr@example.kz',
  full_name: 'Айдана Сапарова',
  phone: null,
  user_type: 'employer',
  created_at: '2026-12-04T10:00:00+00:00',
}
const seeker: User = { ...employer, id: 2, email: 'aigerim@example.kz', full_name: 'Айгерім', user_type: 'job_seeker' }

function emptyPage<T>(): Page<T> {
  return { items: [], total: 0, page: 1, per_page: 20 }
}

/** Renders the whole app at `path`, signed in as `user` when one is given. */
function renderAppAt(path: string, user: User | null) {
  window.history.replaceState(null, '', path)
  if (user) {
    localStorage.setItem('jobboard.token', 'token')
    vi.mocked(authApi.getMe).mockResolvedValue(user)
  }
  return render(<App />)
}

afterEach(cleanup)

beforeEach(() => {
  localStorage.clear()
  vi.mocked(jobsApi.listJobs).mockResolvedValue(emptyPage())
  vi.mocked(jobsApi.listMyJobs).mockResolvedValue(emptyPage())
  vi.mocked(applicationsApi.listMyApplications).mockResolvedValue(emptyPage())
  vi.mocked(applicationsApi.listEmployerApplications).mockResolvedValue(emptyPage())
  vi.mocked(resumesApi.listMyResumes).mockResolvedValue(emptyPage())
})

describe('signing out', () => {
  it.each([
    ['/employer?tab=applications', employer],
    ['/profile', seeker],
    ['/applications', seeker],
  ])('from %s lands on the home page without next', async (path, user) => {
    const person = userEvent.setup()
    renderAppAt(path, user)
    await screen.findByTestId('current-user')

    await person.click(screen.getByRole('button', { name: 'Выйти' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Вакансии в Казахстане' })).toBeTruthy()
    expect(window.location.pathname).toBe('/')
    expect(window.location.search).toBe('')
    expect(screen.queryByTestId('current-user')).toBeNull()
  })
})

describe('signing in with next', () => {
  it.each([
    ['/employer?tab=applications', seeker, '/', 'Вакансии в Казахстане'],
    ['/profile', employer, '/employer', 'Кабинет работодателя'],
    ['/applications', seeker, '/applications', 'Мои отклики'],
  ])('to %s goes where the role may go', async (next, user, landing, heading) => {
    const person = userEvent.setup()
    vi.mocked(authApi.login).mockResolvedValue({ access_token: 'token', token_type: 'bearer', expires_in: 3600, user })
    renderAppAt(`/signin?next=${encodeURIComponent(next)}`, null)

    await person.type(screen.getByLabelText('Эл. почта'), user.email)
    await person.type(screen.getByLabelText('Пароль'), 'secret-pass-1')
    await person.click(screen.getByRole('button', { name: 'Войти' }))

    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy()
    expect(window.location.pathname).toBe(landing)
    expect(screen.queryByText('Нет доступа')).toBeNull()
  })
})
