import { Link } from 'react-router-dom'
import { useI18n } from '../i18n/I18nProvider'
import { paths } from '../routes'

export default function NotFound() {
  const { t } = useI18n()
  return (
    <section className="page page--narrow not-found">
      <p className="not-found__code" aria-hidden="true">
        404
      </p>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <Link to={paths.home} className="button button--primary">
        {t('notFound.home')}
      </Link>
    </section>
  )
}
