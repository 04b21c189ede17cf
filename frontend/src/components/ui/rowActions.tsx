import { useCallback, useState } from 'react'
import { errorMessage } from '../../i18n/errors'
import { useI18n } from '../../i18n/I18nProvider'
import { FormError } from './FormError'
import { Notice } from './Notice'

export interface RunOptions {
  /** A question the user must confirm first; cancelling runs nothing. */
  confirm?: string
}

/**
 * Actions on the rows of a list (delete, archive, change a status): the row
 * being changed, the success message and the error of the last action.
 */
export function useRowActions() {
  const format = useI18n()
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busyId, setBusyId] = useState<number | null>(null)

  /** Runs `action` on row `id`; the text it resolves with becomes the success message. */
  const run = useCallback(
    async (id: number, action: () => Promise<string>, { confirm }: RunOptions = {}) => {
      if (confirm !== undefined && !window.confirm(confirm)) return
      setNotice(null)
      setError(null)
      setBusyId(id)
      try {
        setNotice(await action())
      } catch (failure) {
        setError(errorMessage(failure, format))
      } finally {
        setBusyId(null)
      }
    },
    [format],
  )

  return { notice, setNotice, error, busyId, run }
}

/** The success message (dismissable) and the error of the last action on a list. */
export function ActionFeedback({
  notice,
  error,
  onDismiss,
}: {
  notice: string | null
  error: string | null
  onDismiss: () => void
}) {
  return (
    <>
      {notice && <Notice text={notice} onDismiss={onDismiss} />}
      <FormError message={error} />
    </>
  )
}
