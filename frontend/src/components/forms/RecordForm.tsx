import type { FormEvent, ReactNode } from 'react'
import type { ValidationErrors } from '../../forms/validation'
import { useI18n } from '../../i18n/I18nProvider'
import { FormError } from '../ui/FormError'
import { useDraft, useFormSubmit } from './useForm'

interface RecordFormOptions<Draft, Input> {
  /** The form's starting values, built once. */
  initial: () => Draft
  /** The form's own check: field name → dictionary key of the problem. */
  validate: (draft: Draft) => ValidationErrors
  /** Turns the form's text into the request body. */
  toInput: (draft: Draft) => Input
  /** Saves the record; resolving means the parent closes the form. */
  onSave: (input: Input) => Promise<void>
}

/**
 * The state of a form that creates or edits one record (a vacancy, a resume):
 * its draft, its errors and the submit handler that checks and saves it.
 */
export function useRecordForm<Draft extends object, Input>({ initial, validate, toInput, onSave }: RecordFormOptions<Draft, Input>) {
  const { draft, bind, setValue } = useDraft(initial)
  const { fieldErrors, formError, submitting, handleSubmit } = useFormSubmit({ summarizeInvalid: true })
  const onSubmit = handleSubmit({ validate: () => validate(draft), send: () => onSave(toInput(draft)) })
  return { draft, bind, setValue, fieldErrors, formError, saving: submitting, onSubmit }
}

interface RecordFormProps {
  className: string
  title: string
  formError: string | null
  saving: boolean
  /** The submit button's label while not saving; "Save" by default. */
  submitLabel?: string
  onSubmit: (event: FormEvent) => void
  /** Without it the form has no Cancel button, as when it is the page's only content. */
  onCancel?: () => void
  children: ReactNode
}

/** Renders a record form's card: its title, the error above the fields, and Save and Cancel below them. */
export function RecordForm({ className, title, formError, saving, submitLabel, onSubmit, onCancel, children }: RecordFormProps) {
  const { t } = useI18n()
  return (
    <form className={`form card ${className}`} onSubmit={onSubmit} noValidate>
      <h2>{title}</h2>
      <FormError message={formError} />
      {children}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? t('common.saving') : (submitLabel ?? t('common.save'))}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  )
}
