import { useCallback, useEffect, useState } from 'react'
import { toApiError, type ApiError } from './api/client'

export interface AsyncState<T> {
  data: T | null
  error: ApiError | null
  /** True on the first load; a reload keeps the old data on screen and sets `refreshing`. */
  loading: boolean
  refreshing: boolean
  reload: () => void
  setData: (data: T) => void
}

/**
 * Runs `load` whenever `key` changes and keeps the answer, the error and the
 * loading flags. An answer that arrives after a newer request started is dropped.
 */
export function useAsync<T>(load: () => Promise<T>, key: string): AsyncState<T> {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [loading, setLoading] = useState(true)
  const [refreshing, setRefreshing] = useState(false)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let current = true
    setError(null)
    setRefreshing(true)
    load()
      .then((result) => {
        if (current) setData(result)
      })
      .catch((reason: unknown) => {
        if (current) setError(toApiError(reason))
      })
      .finally(() => {
        if (current) {
          setLoading(false)
          setRefreshing(false)
        }
      })
    return () => {
      current = false
    }
    // `load` is rebuilt on every render; `key` names what it depends on.
  }, [key, attempt])

  const reload = useCallback(() => setAttempt((value) => value + 1), [])
  return { data, error, loading, refreshing, reload, setData }
}
