import { api, asPage } from './client'
import type { Application, ApplicationStatus, ChatLang, Page } from './types'

export interface ApplyRequest {
  job_id: number
  resume_id?: number
  cover_letter?: string
  lang: ChatLang
}

export interface MyApplicationFilters {
  job_id?: number
  status?: ApplicationStatus
  page?: number
  per_page?: number
}

export type EmployerApplicationSort = 'created_at' | 'relevance'

export interface EmployerApplicationFilters extends MyApplicationFilters {
  sort?: EmployerApplicationSort
}

/** Applies to a vacancy; the answer carries the new SmartBot session's id. */
export async function apply(body: ApplyRequest): Promise<Application> {
  const { data } = await api.post<Application>('/applications', body)
  return data
}

export async function listMyApplications(filters: MyApplicationFilters = {}): Promise<Page<Application>> {
  const { data } = await api.get<unknown>('/applications/mine', { params: filters })
  return asPage<Application>(data)
}

export async function listEmployerApplications(filters: EmployerApplicationFilters = {}): Promise<Page<Application>> {
  const { data } = await api.get<unknown>('/employer/applications', { params: filters })
  return asPage<Application>(data)
}

export async function getApplication(id: number): Promise<Application> {
  const { data } = await api.get<Application>(`/applications/${id}`)
  return data
}

export async function setApplicationStatus(id: number, status: ApplicationStatus): Promise<Application> {
  const { data } = await api.patch<Application>(`/applications/${id}`, { status })
  return data
}
