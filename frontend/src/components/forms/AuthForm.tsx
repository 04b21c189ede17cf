import type { FormEvent, ReactNode } from 'react'
import { Link } from 'react-router-dom'
import { useI18n } from '../../i18n/I18nProvider'
import { Field } from '../ui/Field'
import { FormError } from '../ui/FormError'

interface AuthFormProps {
  title: string
  /** Shown between the title and the form, such as "your session has expired". */
  notice?: ReactNode
  formError: string | null
  submitting: boolean
  submitLabel: string
  onSubmit: (event: FormEvent) => void
  /** The line under the button that leads to the other form: "No account? Sign up". */
  footer: { text: string; link: string; to: string }
  children: ReactNode
}

/** The frame of the sign-in and sign-up pages: title, the form card, its error and its submit button. */
export function AuthForm({ title, notice, formError, submitting, submitLabel, onSubmit, footer, children }: AuthFormProps) {
  const { t } = useI18n()
  return (
    <section className="page page--narrow auth-page">
      <h1>{title}</h1>
      {notice}
      <form className="form card" onSubmit={onSubmit} noValidate>
        <FormError message={formError} />
        {children}
        <button type="submit" className="button button--primary button--block" disabled={submitting}>
          {submitting ? t('common.loading') : submitLabel}
        </button>
        <p className="form__footer">
          {footer.text} <Link to={footer.to}>{footer.link}</Link>
        </p>
      </form>
    </section>
  )
}

interface CredentialFieldProps {
  /** The form's id prefix: `signin` gives the ids signin-email and signin-password. */
  form: string
  value: string
  onChange: (value: string) => void
  error?: string
}

export function EmailField({ form, value, onChange, error, autoFocus }: CredentialFieldProps & { autoFocus?: boolean }) {
  const { t } = useI18n()
  return (
    <Field id={`${form}-email`} label={t('auth.email')} error={error}>
      <input
        type="email"
        autoComplete="email"
        inputMode="email"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoFocus={autoFocus}
      />
    </Field>
  )
}

/** The password box; a new password (sign-up) gets the length hint and the browser's password generator. */
export function PasswordField({ form, value, onChange, error, isNew = false }: CredentialFieldProps & { isNew?: boolean }) {
  const { t } = useI18n()
  return (
    <Field id={`${form}-password`} label={t('auth.password')} hint={isNew ? t('auth.passwordHint') : undefined} error={error}>
      <input
        type="password"
        autoComplete={isNew ? 'new-password' : 'current-password'}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  )
}
