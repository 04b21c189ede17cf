import { useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router-dom'
import { useAuth } from '../auth/AuthProvider'
import { AuthForm, EmailField, PasswordField } from '../components/forms/AuthForm'
import { useFormSubmit } from '../components/forms/useForm'
import { Notice } from '../components/ui/Notice'
import { isBlank, isEmail, type ValidationErrors } from '../forms/validation'
import { useI18n } from '../i18n/I18nProvider'
import { landingFor, paths, safeNext, withNext } from '../routes'

export default function SignIn() {
  const { t } = useI18n()
  const { signIn } = useAuth()
  const navigate = useNavigate()
  const [searchParams] = useSearchParams()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const { fieldErrors, formError, submitting, handleSubmit } = useFormSubmit()

  const next = safeNext(searchParams.get('next'))
  const expired = searchParams.get('reason') === 'expired'

  const validate = () => {
    const errors: ValidationErrors<'email' | 'password'> = {}
    if (isBlank(email)) errors.email = 'validation.required'
    else if (!isEmail(email)) errors.email = 'validation.email'
    if (password === '') errors.password = 'validation.required'
    return errors
  }

  const onSubmit = handleSubmit({
    validate,
    send: async () => {
      const user = await signIn(email.trim(), password)
      navigate(landingFor(next, user.user_type), { replace: true })
    },
  })

  return (
    <AuthForm
      title={t('auth.signinTitle')}
      notice={expired && <Notice text={t('auth.sessionExpired')} />}
      formError={formError}
      submitting={submitting}
      submitLabel={t('auth.submitSignin')}
      onSubmit={onSubmit}
      footer={{ text: t('auth.noAccount'), link: t('nav.signup'), to: withNext(paths.signUp, next) }}
    >
      <EmailField form="signin" value={email} onChange={setEmail} error={fieldErrors.email} autoFocus />
      <PasswordField form="signin" value={password} onChange={setPassword} error={fieldErrors.password} />
    </AuthForm>
  )
}

