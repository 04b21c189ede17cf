import { useState, type FormEvent } from 'react'
import { toApiError } from '../../api/client'
import type { ResumeInput } from '../../api/resumes'
import type { Resume } from '../../api/types'
import { emptyToNull, hasErrors, isBlank, isHttpUrl, parseAmount, type ValidationErrors } from '../../forms/validation'
import { errorMessage, fieldErrorsOf } from '../../i18n/errors'
import { useI18n } from '../../i18n/I18nProvider'
import { Field } from '../ui/Field'

type TextField =
  | 'title'
  | 'summary'
  | 'experience'
  | 'education'
  | 'skills'
  | 'languages'
  | 'portfolio_url'
  | 'desired_position'
  | 'desired_salary'
  | 'location'

type Draft = Record<TextField, string> & { is_public: boolean }

function draftOf(resume: Resume | null): Draft {
  return {
    title: resume?.title ?? '',
    summary: resume?.summary ?? '',
    experience: resume?.experience ?? '',
    education: resume?.education ?? '',
    skills: resume?.skills ?? '',
    languages: resume?.languages ?? '',
    portfolio_url: resume?.portfolio_url ?? '',
    desired_position: resume?.desired_position ?? '',
    desired_salary: resume?.desired_salary === null || resume?.desired_salary === undefined ? '' : String(resume.desired_salary),
    location: resume?.location ?? '',
    is_public: resume?.is_public ?? true,
  }
}

interface ResumeFormProps {
  resume: Resume | null
  onSave: (input: ResumeInput) => Promise<void>
  onCancel?: () => void
}

/** Every resume field of the schema, checked here first and then by the server. */
export function ResumeForm({ resume, onSave, onCancel }: ResumeFormProps) {
  const format = useI18n()
  const { t } = format
  const [draft, setDraft] = useState<Draft>(() => draftOf(resume))
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const set = (name: TextField) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [name]: event.target.value }))

  const validate = (): Record<string, string> => {
    const errors: ValidationErrors<TextField> = {}
    if (isBlank(draft.title)) errors.title = 'validation.required'
    if (!isBlank(draft.portfolio_url) && !isHttpUrl(draft.portfolio_url)) errors.portfolio_url = 'validation.url'
    const salary = parseAmount(draft.desired_salary)
    if (salary !== null && Number.isNaN(salary)) errors.desired_salary = 'validation.number'
    return Object.fromEntries(Object.entries(errors).map(([name, key]) => [name, t(key)]))
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const errors = validate()
    setFieldErrors(errors)
    setFormError(hasErrors(errors) ? t('common.formHasErrors') : null)
    if (hasErrors(errors)) return
    setSaving(true)
    try {
      await onSave({
        title: draft.title.trim(),
        summary: emptyToNull(draft.summary),
        experience: emptyToNull(draft.experience),
        education: emptyToNull(draft.education),
        skills: emptyToNull(draft.skills),
        languages: emptyToNull(draft.languages),
        portfolio_url: emptyToNull(draft.portfolio_url),
        desired_position: emptyToNull(draft.desired_position),
        desired_salary: parseAmount(draft.desired_salary),
        location: emptyToNull(draft.location),
        is_public: draft.is_public,
      })
    } catch (error) {
      const apiError = toApiError(error)
      setFieldErrors(fieldErrorsOf(apiError, format))
      setFormError(errorMessage(apiError, format))
      setSaving(false)
    }
  }

  const optional = t('common.optional')
  return (
    <form className="form card resume-form" onSubmit={onSubmit} noValidate>
      <h2>{resume ? t('profile.editTitle') : t('profile.newTitle')}</h2>
      {formError && (
        <p className="form__error" role="alert">
          {formError}
        </p>
      )}

      <fieldset>
        <legend>{t('profile.sectionMain')}</legend>
        <Field id="resume-title" label={t('resume.title')} error={fieldErrors.title}>
          <input value={draft.title} placeholder={t('resume.titlePlaceholder')} onChange={set('title')} />
        </Field>
        <Field id="resume-summary" label={t('resume.summary')} optionalLabel={optional} error={fieldErrors.summary}>
          <textarea rows={3} value={draft.summary} onChange={set('summary')} />
        </Field>
        <div className="form__row">
          <Field id="resume-location" label={t('resume.location')} optionalLabel={optional} error={fieldErrors.location}>
            <input value={draft.location} placeholder={t('home.locationPlaceholder')} onChange={set('location')} />
          </Field>
          <Field
            id="resume-portfolio"
            label={t('resume.portfolio_url')}
            optionalLabel={optional}
            error={fieldErrors.portfolio_url}
          >
            <input type="url" inputMode="url" value={draft.portfolio_url} placeholder="https://" onChange={set('portfolio_url')} />
          </Field>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('profile.sectionDetails')}</legend>
        <Field id="resume-experience" label={t('resume.experience')} optionalLabel={optional} error={fieldErrors.experience}>
          <textarea
            rows={4}
            value={draft.experience}
            placeholder={t('resume.experiencePlaceholder')}
            onChange={set('experience')}
          />
        </Field>
        <Field id="resume-education" label={t('resume.education')} optionalLabel={optional} error={fieldErrors.education}>
          <textarea rows={2} value={draft.education} onChange={set('education')} />
        </Field>
        <Field id="resume-skills" label={t('resume.skills')} optionalLabel={optional} error={fieldErrors.skills}>
          <input value={draft.skills} placeholder={t('resume.skillsPlaceholder')} onChange={set('skills')} />
        </Field>
        <Field id="resume-languages" label={t('resume.languages')} optionalLabel={optional} error={fieldErrors.languages}>
          <input value={draft.languages} placeholder={t('resume.languagesPlaceholder')} onChange={set('languages')} />
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t('profile.sectionWishes')}</legend>
        <div className="form__row">
          <Field
            id="resume-position"
            label={t('resume.desired_position')}
            optionalLabel={optional}
            error={fieldErrors.desired_position}
          >
            <input value={draft.desired_position} onChange={set('desired_position')} />
          </Field>
          <Field
            id="resume-salary"
            label={t('resume.desired_salary')}
            optionalLabel={optional}
            error={fieldErrors.desired_salary}
          >
            <input inputMode="numeric" value={draft.desired_salary} onChange={set('desired_salary')} />
          </Field>
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.is_public}
            onChange={(event) => setDraft((current) => ({ ...current, is_public: event.target.checked }))}
          />
          {t('resume.is_public')}
        </label>
      </fieldset>

      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? t('common.saving') : t('common.save')}
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
