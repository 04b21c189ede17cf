import { api, asPage } from './client'
import type { Page, Resume, ResumeInput } from './types'

export async function listMyResumes(): Promise<Page<Resume>> {
  const { data } = await api.get<unknown>('/resumes/mine', { params: { per_page: 100 } })
  return asPage<Resume>(data)
}

export async function getResume(id: number): Promise<Resume> {
  const { data } = await api.get<Resume>(`/resumes/${id}`)
  return data
}

export async function createResume(body: ResumeInput): Promise<Resume> {
  const { data } = await api.post<Resume>('/resumes', body)
  return data
}

export async function updateResume(id: number, body: ResumeInput): Promise<Resume> {
  const { data } = await api.put<Resume>(`/resumes/${id}`, body)
  return data
}

export async function deleteResume(id: number): Promise<void> {
  await api.delete(`/resumes/${id}`)
}
