import { useState, type FormEvent } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router-dom'
import { toApiError } from '../api/client'
import { useAuth } from '../auth/AuthProvider'
import { Field } from '../components/ui/Field'
import { Notice } from '../components/ui/Notice'
import { hasErrors, isBlank, isEmail, type ValidationErrors } from '../forms/validation'
import { errorMessage, fieldErrorsOf } from '../i18n/errors'
import { useI18n } from '../i18n/I18nProvider'
import { paths, safeNext } from '../routes'

type SignInField = 'email' | 'password'

export default function SignIn() {
  const format = useI18n()
  const { t } = format
  const { signIn } = useAuth()
  const navigate = useNavigate()
  const [searchParams] = useSearchParams()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [submitting, setSubmitting] = useState(false)

  const next = safeNext(searchParams.get('next'))
  const expired = searchParams.get('reason') === 'expired'

  const validate = (): Record<string, string> => {
    const errors: ValidationErrors<SignInField> = {}
    if (isBlank(email)) errors.email = 'validation.required'
    else if (!isEmail(email)) errors.email = 'validation.email'
    if (password === '') errors.password = 'validation.required'
    return Object.fromEntries(Object.entries(errors).map(([name, key]) => [name, t(key)]))
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const errors = validate()
    setFieldErrors(errors)
    setFormError(null)
    if (hasErrors(errors)) return
    setSubmitting(true)
    try {
      const user = await signIn(email.trim(), password)
      navigate(next ?? (user.user_type === 'employer' ? paths.employer : paths.home), { replace: true })
    } catch (error) {
      const apiError = toApiError(error)
      setFieldErrors(fieldErrorsOf(apiError, format))
      setFormError(errorMessage(apiError, format))
      setSubmitting(false)
    }
  }

  return (
    <section className="page page--narrow auth-page">
      <h1>{t('auth.signinTitle')}</h1>
      {expired && <Notice text={t('auth.sessionExpired')} />}
      <form className="form card" onSubmit={onSubmit} noValidate>
        {formError && (
          <p className="form__error" role="alert">
            {formError}
          </p>
        )}
        <Field id="signin-email" label={t('auth.email')} error={fieldErrors.email}>
          <input
            type="email"
            autoComplete="email"
            inputMode="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            autoFocus
          />
        </Field>
        <Field id="signin-password" label={t('auth.password')} error={fieldErrors.password}>
          <input
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </Field>
        <button type="submit" className="button button--primary button--block" disabled={submitting}>
          {submitting ? t('common.loading') : t('auth.submitSignin')}
        </button>
        <p className="form__footer">
          {t('auth.noAccount')}{' '}
          <Link to={next ? `${paths.signUp}?next=${encodeURIComponent(next)}` : paths.signUp}>{t('nav.signup')}</Link>
        </p>
      </form>
    </section>
  )
}
