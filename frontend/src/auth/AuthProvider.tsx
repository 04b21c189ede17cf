import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import * as authApi from '../api/auth'
import { setUnauthorizedHandler, tokenStorage } from '../api/client'
import type { User } from '../api/types'

export interface Auth {
  user: User | null
  /** True until the stored token has been checked with GET /auth/me. */
  loading: boolean
  /** True after the server rejected the stored token, until the next sign-in. */
  sessionExpired: boolean
  /** True after the user signed out in this tab, until the next sign-in. */
  signedOut: boolean
  signIn: (email: string, password: string) => Promise<User>
  signOut: () => void
}

const AuthContext = createContext<Auth | null>(null)

interface AuthProviderProps {
  children: ReactNode
  /** Called after the server rejected the stored token, to send the user to /signin. */
  onSessionExpired: () => void
}

export function AuthProvider({ children, onSessionExpired }: AuthProviderProps) {
  const [user, setUser] = useState<User | null>(null)
  const [loading, setLoading] = useState<boolean>(() => tokenStorage.get() !== null)
  const [sessionExpired, setSessionExpired] = useState(false)
  const [signedOut, setSignedOut] = useState(false)

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setUser(null)
      setSessionExpired(true)
      onSessionExpired()
    })
    return () => setUnauthorizedHandler(null)
  }, [onSessionExpired])

  useEffect(() => {
    if (!tokenStorage.get()) return
    let cancelled = false
    authApi
      .getMe()
      .then((me) => {
        if (!cancelled) setUser(me)
      })
      .catch(() => {
        // A rejected token was cleared by the client; a network failure leaves the user signed out for now.
        if (!cancelled) setUser(null)
      })
      .finally(() => {
        if (!cancelled) setLoading(false)
      })
    return () => {
      cancelled = true
    }
  }, [])

  const signIn = useCallback(async (email: string, password: string) => {
    const answer = await authApi.login(email, password)
    tokenStorage.set(answer.access_token)
    setSessionExpired(false)
    setSignedOut(false)
    setUser(answer.user)
    return answer.user
  }, [])

  const signOut = useCallback(() => {
    tokenStorage.clear()
    setSignedOut(true)
    setUser(null)
  }, [])

  const value = useMemo<Auth>(
    () => ({ user, loading, sessionExpired, signedOut, signIn, signOut }),
    [user, loading, sessionExpired, signedOut, signIn, signOut],
  )
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>
}

export function useAuth(): Auth {
  const context = useContext(AuthContext)
  if (!context) throw new Error('useAuth must be called inside <AuthProvider>')
  return context
}
