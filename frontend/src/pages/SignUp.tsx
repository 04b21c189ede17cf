import { useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router-dom'
import * as authApi from '../api/auth'
import type { UserType } from '../api/types'
import { useAuth } from '../auth/AuthProvider'
import { AuthForm, EmailField, PasswordField } from '../components/forms/AuthForm'
import { useFormSubmit } from '../components/forms/useForm'
import { Field } from '../components/ui/Field'
import { isBlank, isEmail, MIN_PASSWORD_LENGTH, type ValidationErrors } from '../forms/validation'
import { useI18n } from '../i18n/I18nProvider'
import { landingFor, paths, safeNext, withNext } from '../routes'

type SignUpField = 'full_name' | 'email' | 'password' | 'user_type'

const ROLES: ReadonlyArray<{ value: UserType; label: 'auth.roleSeeker' | 'auth.roleEmployer'; hint: 'auth.roleSeekerHint' | 'auth.roleEmployerHint' }> = [
  { value: 'job_seeker', label: 'auth.roleSeeker', hint: 'auth.roleSeekerHint' },
  { value: 'employer', label: 'auth.roleEmployer', hint: 'auth.roleEmployerHint' },
]

// A taken address is a problem of the email field, so its message goes there and only there.
const FIELD_OF_ERROR = { email_taken: 'email' } as const

export default function SignUp() {
  const { t } = useI18n()
  const { signIn } = useAuth()
  const navigate = useNavigate()
  const [searchParams] = useSearchParams()
  const [userType, setUserType] = useState<UserType | null>(null)
  const [fullName, setFullName] = useState('')
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [phone, setPhone] = useState('')
  const { fieldErrors, formError, submitting, handleSubmit } = useFormSubmit({ fieldOfError: FIELD_OF_ERROR })

  const next = safeNext(searchParams.get('next'))

  const validate = () => {
    const errors: ValidationErrors<SignUpField> = {}
    if (!userType) errors.user_type = 'validation.choice'
    if (isBlank(fullName)) errors.full_name = 'validation.required'
    if (isBlank(email)) errors.email = 'validation.required'
    else if (!isEmail(email)) errors.email = 'validation.email'
    if (password.length < MIN_PASSWORD_LENGTH) errors.password = 'validation.passwordLength'
    return errors
  }

  const onSubmit = handleSubmit({
    validate,
    send: async () => {
      if (!userType) return
      await authApi.register({
        email: email.trim(),
        password,
        full_name: fullName.trim(),
        user_type: userType,
        ...(phone.trim() ? { phone: phone.trim() } : {}),
      })
      const user = await signIn(email.trim(), password)
      // A new job seeker starts with the resume, which SmartBot's questions build on.
      const start = user.user_type === 'employer' ? paths.employer : paths.profile
      navigate(landingFor(next, user.user_type, start), { replace: true })
    },
  })

  return (
    <AuthForm
      title={t('auth.signupTitle')}
      formError={formError}
      submitting={submitting}
      submitLabel={t('auth.submitSignup')}
      onSubmit={onSubmit}
      footer={{ text: t('auth.haveAccount'), link: t('nav.signin'), to: withNext(paths.signIn, next) }}
    >
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
      <EmailField form="signup" value={email} onChange={setEmail} error={fieldErrors.email} />
      <PasswordField form="signup" value={password} onChange={setPassword} error={fieldErrors.password} isNew />
      <Field id="signup-phone" label={t('auth.phone')} optionalLabel={t('common.optional')} error={fieldErrors.phone}>
        <input
          type="tel"
          autoComplete="tel"
          placeholder={t('auth.phonePlaceholder')}
          value={phone}
          onChange={(event) => setPhone(event.target.value)}
        />
      </Field>
    </AuthForm>
  )
}
