import { api, asPage } from './client'
import type { EmploymentType, ExperienceLevel, Job, JobInput, Page } from './types'

export interface JobFilters {
  text?: string
  location?: string
  employment_type?: EmploymentType
  experience_level?: ExperienceLevel
  remote?: boolean
  salary_min?: number
  page?: number
  per_page?: number
}

export async function listJobs(filters: JobFilters = {}): Promise<Page<Job>> {
  const { data } = await api.get<unknown>('/jobs', { params: filters })
  return asPage<Job>(data)
}

/** The signed-in employer's vacancies, archived ones included. */
export async function listMyJobs(page = 1, perPage = 100): Promise<Page<Job>> {
  const { data } = await api.get<unknown>('/jobs', { params: { mine: true, page, per_page: perPage } })
  return asPage<Job>(data)
}

export async function getJob(id: number): Promise<Job> {
  const { data } = await api.get<Job>(`/jobs/${id}`)
  return data
}

export async function createJob(body: JobInput): Promise<Job> {
  const { data } = await api.post<Job>('/jobs', body)
  return data
}

export async function updateJob(id: number, body: JobInput): Promise<Job> {
  const { data } = await api.put<Job>(`/jobs/${id}`, body)
  return data
}

/** Deletes a vacancy; the server archives it instead when it has applications. */
export async function deleteJob(id: number): Promise<void> {
  await api.delete(`/jobs/${id}`)
}
