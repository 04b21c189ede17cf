import { useI18n } from '../../i18n/I18nProvider'

interface PaginationProps {
  page: number
  perPage: number
  total: number
  onChange: (page: number) => void
}

export function Pagination({ page, perPage, total, onChange }: PaginationProps) {
  const { t } = useI18n()
  const pages = Math.max(1, Math.ceil(total / perPage))
  if (pages <= 1) return null
  return (
    <nav className="pagination" aria-label={t('common.pagination')}>
      <button type="button" className="button" disabled={page <= 1} onClick={() => onChange(page - 1)}>
        {t('common.previous')}
      </button>
      <span aria-current="page">{t('common.pageOf', { page, pages })}</span>
      <button type="button" className="button" disabled={page >= pages} onClick={() => onChange(page + 1)}>
        {t('common.next')}
      </button>
    </nav>
  )
}
