import { useState, type FormEvent } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router-dom'
import * as authApi from '../api/auth'
import { toApiError } from '../api/client'
import type { UserType } from '../api/types'
import { useAuth } from '../auth/AuthProvider'
import { Field } from '../components/ui/Field'
import { hasErrors, isBlank, isEmail, MIN_PASSWORD_LENGTH, type ValidationErrors } from '../forms/validation'
import { errorMessage, fieldErrorsOf } from '../i18n/errors'
import { useI18n } from '../i18n/I18nProvider'
import { paths, safeNext } from '../routes'

type SignUpField = 'full_name' | 'email' | 'password' | 'user_type'

const ROLES: ReadonlyArray<{ value: UserType; label: 'auth.roleSeeker' | 'auth.roleEmployer'; hint: 'auth.roleSeekerHint' | 'auth.roleEmployerHint' }> = [
  { value: 'job_seeker', label: 'auth.roleSeeker', hint: 'auth.roleSeekerHint' },
  { value: 'employer', label: 'auth.roleEmployer', hint: 'auth.roleEmployerHint' },
]

export default function SignUp() {
  const format = useI18n()
  const { t } = format
  const { signIn } = useAuth()
  const navigate = useNavigate()
  const [searchParams] = useSearchParams()
  const [userType, setUserType] = useState<UserType | null>(null)
  const [fullName, setFullName] = useState('')
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [phone, setPhone] = useState('')
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [submitting, setSubmitting] = useState(false)

  const next = safeNext(searchParams.get('next'))

  const validate = (): Record<string, string> => {
    const errors: ValidationErrors<SignUpField> = {}
    if (!userType) errors.user_type = 'validation.choice'
    if (isBlank(fullName)) errors.full_name = 'validation.required'
    if (isBlank(email)) errors.email = 'validation.required'
    else if (!isEmail(email)) errors.email = 'validation.email'
    if (password.length < MIN_PASSWORD_LENGTH) errors.password = 'validation.passwordLength'
    return Object.fromEntries(Object.entries(errors).map(([name, key]) => [name, t(key)]))
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const errors = validate()
    setFieldErrors(errors)
    setFormError(null)
    if (hasErrors(errors) || !userType) return
    setSubmitting(true)
    try {
      await authApi.register({
        email: email.trim(),
        password,
        full_name: fullName.trim(),
        user_type: userType,
        ...(phone.trim() ? { phone: phone.trim() } : {}),
      })
      const user = await signIn(email.trim(), password)
      const home = user.user_type === 'employer' ? paths.employer : paths.profile
      navigate(next ?? home, { replace: true })
    } catch (error) {
      const apiError = toApiError(error)
      const serverFields = fieldErrorsOf(apiError, format)
      if (apiError.code === 'email_taken') serverFields.email = errorMessage(apiError, format)
      setFieldErrors(serverFields)
      setFormError(errorMessage(apiError, format))
      setSubmitting(false)
    }
  }

  return (
    <section className="page page--narrow auth-page">
      <h1>{t('auth.signupTitle')}</h1>
      <form className="form card" onSubmit={onSubmit} noValidate>
        {formError && (
          <p className="form__error" role="alert">
            {formError}
          </p>
        )}
        <fieldset
          className={`role-choice${fieldErrors.user_type ? ' field--invalid' : ''}`}
          aria-describedby={fieldErrors.user_type ? 'signup-role-error' : undefined}
        >
          <legend className="field__label">{t('auth.role')}</legend>
          <div className="role-choice__options">
            {ROLES.map((role) => (
              <label key={role.value} className="role-option">
                <input
                  type="radio"
                  name="user_type"
                  value={role.value}
                  checked={userType === role.value}
                  onChange={() => setUserType(role.value)}
                />
                <span className="role-option__text">
                  <strong>{t(role.label)}</strong>
                  <span className="muted">{t(role.hint)}</span>
                </span>
              </label>
            ))}
          </div>
          {fieldErrors.user_type && (
            <p id="signup-role-error" className="field__error">
              {fieldErrors.user_type}
            </p>
          )}
        </fieldset>
        <Field id="signup-name" label={t('auth.fullName')} error={fieldErrors.full_name}>
          <input autoComplete="name" value={fullName} onChange={(event) => setFullName(event.target.value)} />
        </Field>
        <Field id="signup-email" label={t('auth.email')} error={fieldErrors.email}>
          <input
            type="email"
            autoComplete="email"
            inputMode="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </Field>
        <Field id="signup-password" label={t('auth.password')} hint={t('auth.passwordHint')} error={fieldErrors.password}>
          <input
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </Field>
        <Field id="signup-phone" label={t('auth.phone')} optionalLabel={t('common.optional')} error={fieldErrors.phone}>
          <input
            type="tel"
            autoComplete="tel"
            placeholder={t('auth.phonePlaceholder')}
            value={phone}
            onChange={(event) => setPhone(event.target.value)}
          />
        </Field>
        <button type="submit" className="button button--primary button--block" disabled={submitting}>
          {submitting ? t('common.loading') : t('auth.submitSignup')}
        </button>
        <p className="form__footer">
          {t('auth.haveAccount')} <Link to={paths.signIn}>{t('nav.signin')}</Link>
        </p>
      </form>
    </section>
  )
}
