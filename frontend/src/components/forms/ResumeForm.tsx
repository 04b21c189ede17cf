import type { Resume, ResumeInput } from '../../api/types'
import { emptyToNull, isBlank, isHttpUrl, parseAmount, type ValidationErrors } from '../../forms/validation'
import { useI18n } from '../../i18n/I18nProvider'
import { Field } from '../ui/Field'
import { RecordForm, useRecordForm } from './RecordForm'
import { textOf } from './useForm'

const TEXT_FIELDS = [
  'title',
  'summary',
  'experience',
  'education',
  'skills',
  'languages',
  'portfolio_url',
  'desired_position',
  'desired_salary',
  'location',
] as const

type TextField = (typeof TEXT_FIELDS)[number]

type Draft = Record<TextField, string> & { is_public: boolean }

function draftOf(resume: Resume | null): Draft {
  const texts = Object.fromEntries(TEXT_FIELDS.map((name) => [name, textOf(resume?.[name])]))
  return { ...(texts as Record<TextField, string>), is_public: resume?.is_public ?? true }
}

function validate(draft: Draft): ValidationErrors<TextField> {
  const errors: ValidationErrors<TextField> = {}
  if (isBlank(draft.title)) errors.title = 'validation.required'
  if (!isBlank(draft.portfolio_url) && !isHttpUrl(draft.portfolio_url)) errors.portfolio_url = 'validation.url'
  const salary = parseAmount(draft.desired_salary)
  if (salary !== null && Number.isNaN(salary)) errors.desired_salary = 'validation.number'
  return errors
}

function toInput(draft: Draft): ResumeInput {
  return {
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
  }
}

interface ResumeFormProps {
  resume: Resume | null
  onSave: (input: ResumeInput) => Promise<void>
  onCancel?: () => void
}

/** Every resume field of the schema, checked here first and then by the server. */
export function ResumeForm({ resume, onSave, onCancel }: ResumeFormProps) {
  const { t } = useI18n()
  const { draft, bind: set, setValue, fieldErrors, formError, saving, onSubmit } = useRecordForm({
    initial: () => draftOf(resume),
    validate,
    toInput,
    onSave,
  })

  const optional = t('common.optional')
  return (
    <RecordForm
      className="resume-form"
      title={resume ? t('profile.editTitle') : t('profile.newTitle')}
      formError={formError}
      saving={saving}
      onSubmit={onSubmit}
      onCancel={onCancel}
    >

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
            onChange={(event) => setValue('is_public', event.target.checked)}
          />
          {t('resume.is_public')}
        </label>
      </fieldset>
    </RecordForm>
  )
}
