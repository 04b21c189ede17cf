import {
  EMPLOYMENT_TYPES,
  EXPERIENCE_LEVELS,
  type EmploymentType,
  type ExperienceLevel,
  type Job,
  type JobInput,
} from '../../api/types'
import { emptyToNull, isBlank, parseAmount, type ValidationErrors } from '../../forms/validation'
import { useI18n } from '../../i18n/I18nProvider'
import { Field } from '../ui/Field'
import { RecordForm, useRecordForm } from './RecordForm'
import { textOf } from './useForm'

const CURRENCIES = ['KZT', 'USD', 'EUR', 'RUB']

interface Draft {
  title: string
  description: string
  requirements: string
  location: string
  employment_type: EmploymentType | ''
  experience_level: ExperienceLevel | ''
  salary_min: string
  salary_max: string
  salary_currency: string
  remote_work: boolean
}

function draftOf(job: Job | null): Draft {
  return {
    title: textOf(job?.title),
    description: textOf(job?.description),
    requirements: textOf(job?.requirements),
    location: textOf(job?.location),
    employment_type: job?.employment_type ?? '',
    experience_level: job?.experience_level ?? '',
    salary_min: textOf(job?.salary_min),
    salary_max: textOf(job?.salary_max),
    salary_currency: job?.salary_currency ?? 'KZT',
    remote_work: job?.remote_work ?? false,
  }
}

function validate(draft: Draft): ValidationErrors<keyof Draft> {
  const errors: ValidationErrors<keyof Draft> = {}
  if (isBlank(draft.title)) errors.title = 'validation.required'
  if (isBlank(draft.description)) errors.description = 'validation.required'
  const min = parseAmount(draft.salary_min)
  const max = parseAmount(draft.salary_max)
  if (min !== null && Number.isNaN(min)) errors.salary_min = 'validation.number'
  if (max !== null && Number.isNaN(max)) errors.salary_max = 'validation.number'
  if (min !== null && max !== null && !Number.isNaN(min) && !Number.isNaN(max) && min > max) {
    errors.salary_max = 'validation.salaryRange'
  }
  return errors
}

function toInput(draft: Draft, job: Job | null): JobInput {
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    requirements: emptyToNull(draft.requirements),
    location: emptyToNull(draft.location),
    employment_type: draft.employment_type || null,
    experience_level: draft.experience_level || null,
    salary_min: parseAmount(draft.salary_min),
    salary_max: parseAmount(draft.salary_max),
    salary_currency: draft.salary_currency,
    remote_work: draft.remote_work,
    ...(job ? { is_active: job.is_active } : {}),
  }
}

interface JobFormProps {
  job: Job | null
  onSave: (input: JobInput) => Promise<void>
  onCancel: () => void
}

/** Creates or edits a vacancy; PUT takes the whole vacancy, so every field is sent. */
export function JobForm({ job, onSave, onCancel }: JobFormProps) {
  const { t } = useI18n()
  const { draft, bind: set, setValue, fieldErrors, formError, saving, onSubmit } = useRecordForm({
    initial: () => draftOf(job),
    validate,
    toInput: (values: Draft) => toInput(values, job),
    onSave,
  })

  const optional = t('common.optional')
  return (
    <RecordForm
      className="job-form"
      title={job ? t('employer.editJobTitle') : t('employer.newJobTitle')}
      formError={formError}
      saving={saving}
      submitLabel={job ? t('common.save') : t('jobForm.publish')}
      onSubmit={onSubmit}
      onCancel={onCancel}
    >
      <Field id="job-title" label={t('jobForm.title')} error={fieldErrors.title}>
        <input value={draft.title} placeholder={t('jobForm.titlePlaceholder')} onChange={set('title')} autoFocus />
      </Field>
      <Field id="job-description" label={t('jobForm.description')} error={fieldErrors.description}>
        <textarea
          rows={5}
          value={draft.description}
          placeholder={t('jobForm.descriptionPlaceholder')}
          onChange={set('description')}
        />
      </Field>
      <Field id="job-requirements" label={t('jobForm.requirements')} optionalLabel={optional} error={fieldErrors.requirements}>
        <textarea
          rows={4}
          value={draft.requirements}
          placeholder={t('jobForm.requirementsPlaceholder')}
          onChange={set('requirements')}
        />
      </Field>
      <div className="form__row">
        <Field id="job-location" label={t('jobForm.location')} optionalLabel={optional} error={fieldErrors.location}>
          <input value={draft.location} placeholder={t('home.locationPlaceholder')} onChange={set('location')} />
        </Field>
        <Field
          id="job-employment"
          label={t('jobForm.employmentType')}
          optionalLabel={optional}
          error={fieldErrors.employment_type}
        >
          <select value={draft.employment_type} onChange={set('employment_type')}>
            <option value="">{t('jobForm.notSelected')}</option>
            {EMPLOYMENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`employment.${type}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="job-experience"
          label={t('jobForm.experienceLevel')}
          optionalLabel={optional}
          error={fieldErrors.experience_level}
        >
          <select value={draft.experience_level} onChange={set('experience_level')}>
            <option value="">{t('jobForm.notSelected')}</option>
            {EXPERIENCE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`experience.${level}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="form__row">
        <Field id="job-salary-min" label={t('jobForm.salaryMin')} optionalLabel={optional} error={fieldErrors.salary_min}>
          <input inputMode="numeric" value={draft.salary_min} onChange={set('salary_min')} />
        </Field>
        <Field id="job-salary-max" label={t('jobForm.salaryMax')} optionalLabel={optional} error={fieldErrors.salary_max}>
          <input inputMode="numeric" value={draft.salary_max} onChange={set('salary_max')} />
        </Field>
        <Field id="job-currency" label={t('jobForm.currency')} error={fieldErrors.salary_currency}>
          <select value={draft.salary_currency} onChange={set('salary_currency')}>
            {[...new Set([draft.salary_currency, ...CURRENCIES])].map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.remote_work}
          onChange={(event) => setValue('remote_work', event.target.checked)}
        />
        {t('jobForm.remoteWork')}
      </label>
    </RecordForm>
  )
}
