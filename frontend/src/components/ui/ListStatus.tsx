import type { ReactNode } from 'react'
import type { AsyncState } from '../../hooks'
import { useI18n } from '../../i18n/I18nProvider'
import { EmptyState } from './EmptyState'
import { ErrorMessage } from './ErrorMessage'
import { Spinner } from './Spinner'

interface ListStatusProps {
  list: Pick<AsyncState<{ items: readonly unknown[] }>, 'data' | 'error' | 'loading' | 'reload'>
  /** What failed, shown above the reason and the retry button. */
  loadError: string
  /** The sentence for a list without items. */
  empty: string
  /** Shown under `empty`, such as a link to where items come from. */
  emptyAction?: ReactNode
}

/** A list's spinner, its load error with a retry, or its empty state; nothing while it has items. */
export function ListStatus({ list, loadError, empty, emptyAction }: ListStatusProps) {
  const { t } = useI18n()
  if (list.loading) return <Spinner label={t('common.loading')} />
  if (list.error) return <ErrorMessage title={loadError} error={list.error} onRetry={list.reload} />
  if (list.data && list.data.items.length === 0) return <EmptyState text={empty}>{emptyAction}</EmptyState>
  return null
}
