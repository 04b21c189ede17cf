import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import * as authApi from '../api/auth'
import { ApiError, setUnauthorizedHandler, tokenStorage, toApiError, TOKEN_KEY } from '../api/client'
import type { User } from '../api/types'

/** The account another tab of this browser has signed in to, while this tab still works as its own user. */
export interface OtherAccount {
  user: User
  token: string
}

export interface Auth {
  user: User | null
  /** True until the stored token has been checked with GET /auth/me. */
  loading: boolean
  /** The error of a token check that failed for a reason other than a rejected token, such as an outage. The token is kept. */
  checkError: ApiError | null
  /** Checks the stored token again after `checkError`. */
  retryCheck: () => void
  /** True after the server rejected the stored token, until the next sign-in. */
  sessionExpired: boolean
  /** True after the user signed out in this tab, until the next sign-in. */
  signedOut: boolean
  /** Set when another tab signed in as someone else; this tab keeps saving as `user` until it switches. */
  otherAccount: OtherAccount | null
  /** Grows on every switch to another tab's account, so that pages drop what the previous user had open. */
  accountGeneration: number
  /** Makes this tab work as `otherAccount`. */
  switchAccount: () => User | null
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
  const [loading, setLoading] = useState<boolean>(() => tokenStorage.load() !== null)
  const [checkError, setCheckError] = useState<ApiError | null>(null)
  const [checkAttempt, setCheckAttempt] = useState(0)
  const [sessionExpired, setSessionExpired] = useState(false)
  const [signedOut, setSignedOut] = useState(false)
  const [otherAccount, setOtherAccount] = useState<OtherAccount | null>(null)
  const [accountGeneration, setAccountGeneration] = useState(0)
  // The storage listener needs the current user without being re-registered on every change.
  const userRef = useRef<User | null>(null)
  userRef.current = user

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setUser(null)
      setOtherAccount(null)
      setSessionExpired(true)
      onSessionExpired()
    })
    return () => setUnauthorizedHandler(null)
  }, [onSessionExpired])

  useEffect(() => {
    if (!tokenStorage.get()) return
    let cancelled = false
    setCheckError(null)
    authApi
      .getMe()
      .then((me) => {
        if (!cancelled) setUser(me)
      })
      .catch((reason: unknown) => {
        if (cancelled) return
        setUser(null)
        // A rejected token was cleared by the client; an outage keeps it, and the user may retry.
        const error = toApiError(reason)
        if (error.status !== 401 && tokenStorage.get()) setCheckError(error)
      })
      .finally(() => {
        if (!cancelled) setLoading(false)
      })
    return () => {
      cancelled = true
    }
  }, [checkAttempt])

  const retryCheck = useCallback(() => {
    setLoading(true)
    setCheckAttempt((value) => value + 1)
  }, [])

  // Another tab signed in or out: follow a sign-out, take over a token of the same
  // user, and offer to switch when it is someone else.
  useEffect(() => {
    let latest = 0
    const onStorage = (event: StorageEvent) => {
      if (event.storageArea !== localStorage || (event.key !== TOKEN_KEY && event.key !== null)) return
      const stored = tokenStorage.stored()
      const request = ++latest
      if (stored === tokenStorage.get()) {
        setOtherAccount(null)
        return
      }
      if (stored === null) {
        setOtherAccount(null)
        if (tokenStorage.get() === null) return
        tokenStorage.adopt(null)
        setUser(null)
        setCheckError(null)
        setSignedOut(true)
        return
      }
      authApi
        .getMe(stored)
        .then((other) => {
          if (request !== latest || tokenStorage.stored() !== stored) return
          const current = userRef.current
          if (current === null || current.id === other.id) {
            tokenStorage.adopt(stored)
            setOtherAccount(null)
            setCheckError(null)
            setSessionExpired(false)
            setSignedOut(false)
            setUser(other)
          } else {
            setOtherAccount({ user: other, token: stored })
          }
        })
        .catch(() => {
          // A token this tab cannot check is not one to switch to; the tab keeps its own.
        })
    }
    window.addEventListener('storage', onStorage)
    return () => {
      latest = -1
      window.removeEventListener('storage', onStorage)
    }
  }, [])

  const switchAccount = useCallback(() => {
    if (!otherAccount) return null
    tokenStorage.adopt(otherAccount.token)
    setUser(otherAccount.user)
    setOtherAccount(null)
    setCheckError(null)
    setSessionExpired(false)
    setSignedOut(false)
    setAccountGeneration((value) => value + 1)
    return otherAccount.user
  }, [otherAccount])

  const signIn = useCallback(async (email: string, password: string) => {
    const answer = await authApi.login(email, password)
    tokenStorage.set(answer.access_token)
    setSessionExpired(false)
    setSignedOut(false)
    setCheckError(null)
    setOtherAccount(null)
    setUser(answer.user)
    return answer.user
  }, [])

  const signOut = useCallback(() => {
    tokenStorage.clear()
    setSignedOut(true)
    setCheckError(null)
    setOtherAccount(null)
    setUser(null)
  }, [])

  const value = useMemo<Auth>(
    () => ({
      user,
      loading,
      checkError,
      retryCheck,
      sessionExpired,
      signedOut,
      otherAccount,
      accountGeneration,
      switchAccount,
      signIn,
      signOut,
    }),
    [user, loading, checkError, retryCheck, sessionExpired, signedOut, otherAccount, accountGeneration, switchAccount, signIn, signOut],
  )
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>
}

export function useAuth(): Auth {
  const context = useContext(AuthContext)
  if (!context) throw new Error('useAuth must be called inside <AuthProvider>')
  return context
}
