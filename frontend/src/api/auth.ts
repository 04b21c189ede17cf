import { api } from './client'
import type { User, UserType } from './types'

export interface RegisterRequest {
  email: string
  password: string
  full_name: string
  user_type: UserType
  phone?: string
}

export interface LoginResponse {
  access_token: string
  token_type: 'bearer'
  /** Token lifetime in seconds. */
  expires_in: number
  user: User
}

export async function register(body: RegisterRequest): Promise<User> {
  const { data } = await api.post<User>('/auth/register', body)
  return data
}

export async function login(email: string, password: string): Promise<LoginResponse> {
  const { data } = await api.post<LoginResponse>('/auth/login', { email, password })
  return data
}

/** The signed-in user: of this tab's token, or of `token` when given. */
export async function getMe(token?: string): Promise<User> {
  const headers = token ? { Authorization: `Bearer ${token}` } : undefined
  const { data } = await api.get<User>('/auth/me', { headers })
  return data
}
