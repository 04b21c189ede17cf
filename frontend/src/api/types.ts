// Response and request shapes of the HTTP API, as documented in docs/API.md.

export type UserType = 'job_seeker' | 'employer'
export type EmploymentType = 'full_time' | 'part_time' | 'contract' | 'internship'
export type ExperienceLevel = 'junior' | 'middle' | 'senior'
export type ApplicationStatus = 'pending' | 'in_review' | 'accepted' | 'rejected'
export type ChatLang = 'ru' | 'kk'
export type MessageRole = 'system' | 'assistant' | 'candidate'

export const EMPLOYMENT_TYPES: readonly EmploymentType[] = ['full_time', 'part_time', 'contract', 'internship']
export const EXPERIENCE_LEVELS: readonly ExperienceLevel[] = ['junior', 'middle', 'senior']
export const APPLICATION_STATUSES: readonly ApplicationStatus[] = ['pending', 'in_review', 'accepted', 'rejected']

/** Every list endpoint answers with this envelope; `page` starts at 1. */
export interface Page<T> {
  items: T[]
  total: number
  page: number
  per_page: number
}

export interface User {
  id: number
  email: string
  full_name: string
  phone: string | null
  user_type: UserType
  created_at: string
}

/** The whole vacancy as POST /jobs and PUT /jobs/{id} take it. */
export interface JobInput {
  title: string
  description: string
  requirements: string | null
  location: string | null
  employment_type: EmploymentType | null
  experience_level: ExperienceLevel | null
  salary_min: number | null
  salary_max: number | null
  salary_currency: string
  remote_work: boolean
  /** Left out when creating: a new vacancy is active. */
  is_active?: boolean
}

export interface Job extends JobInput {
  id: number
  employer_id: number
  employer_name: string | null
  is_active: boolean
  /** Filled in for the vacancy's author only, `null` for everyone else. */
  applications_count: number | null
  created_at: string
  updated_at: string
}

/** The whole resume as POST /resumes and PUT /resumes/{id} take it. */
export interface ResumeInput {
  title: string
  summary: string | null
  experience: string | null
  education: string | null
  skills: string | null
  languages: string | null
  portfolio_url: string | null
  desired_position: string | null
  desired_salary: number | null
  location: string | null
  is_public: boolean
}

export interface Resume extends ResumeInput {
  id: number
  user_id: number
  created_at: string
  updated_at: string
}

export interface Application {
  id: number
  user_id: number
  job_id: number
  resume_id: number | null
  cover_letter: string | null
  status: ApplicationStatus
  created_at: string
  updated_at: string
  job_title: string
  candidate_name: string
  resume_title: string | null
  session_id: number | null
  lang: ChatLang | null
  is_completed: boolean | null
  relevance_score: number | null
  summary_text: string | null
}

/** One factor of the relevance score: its score (0–100), weight and reason. */
export interface RelevanceFactor {
  score: number
  weight: number
  reason: string
}

export interface ChatSession {
  id: number
  application_id: number
  lang: ChatLang
  model: string
  is_completed: boolean
  relevance_score: number | null
  summary_text: string | null
  reasons_json: Record<string, RelevanceFactor> | null
  started_at: string
  completed_at: string | null
}

export interface ChatMessage {
  id: number
  role: MessageRole
  content: string
  created_at: string
}

export interface SendResult {
  candidate_message: ChatMessage
  assistant_message: ChatMessage
  session: ChatSession
}
