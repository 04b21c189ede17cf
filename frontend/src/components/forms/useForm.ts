import { useCallback, useRef, useState, type FormEvent } from 'react'
import { toApiError, type ApiError } from '../../api/client'
import { hasErrors, type ValidationErrors } from '../../forms/validation'
import { errorMessage, fieldErrorsOf } from '../../i18n/errors'
import { useI18n } from '../../i18n/I18nProvider'

/** Field name → the message shown under that field, in the user's language. */
export type FieldMessages = Record<string, string>

/** Turns a saved value into the text of a form field: `null` and a missing value become ''. */
export function textOf(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value)
}

/** Keeps the values of a form being edited and makes a change handler per field. */
export function useDraft<Draft extends object>(initial: () => Draft) {
  const [draft, setDraft] = useState<Draft>(initial)
  const setValue = useCallback(
    <Name extends keyof Draft>(name: Name, value: Draft[Name]) => setDraft((current) => ({ ...current, [name]: value })),
    [],
  )
  /** The onChange of a text box or a select that edits `name`. */
  const bind = (name: keyof Draft) => (event: { target: { value: string } }) =>
    setValue(name, event.target.value as Draft[typeof name])
  return { draft, setValue, bind }
}

export interface FormSubmitOptions {
  /** Puts "fix the fields below" above a form that failed its own check, for forms longer than a screen. */
  summarizeInvalid?: boolean
  /** API error codes that concern one field, shown under it instead of above the form: code → field name. */
  fieldOfError?: Readonly<Record<string, string>>
}

export interface SubmitSteps {
  /** The form's own check before sending: field name → dictionary key of the problem. */
  validate?: () => ValidationErrors
  /** Sends the form. Resolving means success; a rejection is shown on the form. */
  send: () => Promise<void>
  /** Called with a failed request's error after it is shown, for example to reload stale data. */
  onError?: (error: ApiError) => void
}

/**
 * Keeps the state every form of the app shares: its field errors, the error
 * above it and whether it is being sent. `handleSubmit` checks the form, sends it
 * once however often it is submitted meanwhile, and shows a failed request's
 * 422 `fields` under their fields and its message above the form.
 */
export function useFormSubmit({ summarizeInvalid = false, fieldOfError = {} }: FormSubmitOptions = {}) {
  const format = useI18n()
  const [fieldErrors, setFieldErrors] = useState<FieldMessages>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [submitting, setSubmitting] = useState(false)
  // Set synchronously, so a second submit in the same tick sends nothing.
  const sendingRef = useRef(false)

  const handleSubmit =
    ({ validate, send, onError }: SubmitSteps) =>
    async (event: FormEvent) => {
      event.preventDefault()
      if (sendingRef.current) return
      const problems = validate?.() ?? {}
      const invalid = hasErrors(problems)
      setFieldErrors(
        Object.fromEntries(
          Object.entries(problems).flatMap(([name, key]) => (key ? [[name, format.t(key)]] : [])),
        ),
      )
      setFormError(invalid && summarizeInvalid ? format.t('common.formHasErrors') : null)
      if (invalid) return

      sendingRef.current = true
      setSubmitting(true)
      try {
        await send()
      } catch (error) {
        const apiError = toApiError(error)
        const fields = fieldErrorsOf(apiError, format)
        const field = fieldOfError[apiError.code]
        if (field) fields[field] = errorMessage(apiError, format)
        setFieldErrors(fields)
        setFormError(field ? null : errorMessage(apiError, format))
        onError?.(apiError)
      } finally {
        sendingRef.current = false
        setSubmitting(false)
      }
    }

  return { fieldErrors, formError, submitting, handleSubmit }
}
