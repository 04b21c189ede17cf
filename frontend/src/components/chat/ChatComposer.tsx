import { useState, type FormEvent, type KeyboardEvent, type RefObject } from 'react'
import { useI18n } from '../../i18n/I18nProvider'

/** The longest answer the API takes, in characters. */
export const MAX_ANSWER_LENGTH = 4000

interface ChatComposerProps {
  disabled: boolean
  completing: boolean
  inputRef: RefObject<HTMLTextAreaElement | null>
  text: string
  onTextChange: (text: string) => void
  onSend: () => void
  onComplete: () => void
}

/** The answer box: Enter sends, Shift+Enter starts a new line, and "Finish" asks once more. */
export function ChatComposer({ disabled, completing, inputRef, text, onTextChange, onSend, onComplete }: ChatComposerProps) {
  const { t } = useI18n()
  const [confirming, setConfirming] = useState(false)
  const canSend = !disabled && text.trim().length > 0

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (canSend) onSend()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault()
      if (canSend) onSend()
    }
  }

  return (
    <form className="chat-composer" onSubmit={submit}>
      <label className="visually-hidden" htmlFor="chat-input">
        {t('chat.inputLabel')}
      </label>
      <textarea
        id="chat-input"
        ref={inputRef}
        rows={2}
        value={text}
        maxLength={MAX_ANSWER_LENGTH}
        placeholder={t('chat.placeholder')}
        aria-describedby="chat-hint"
        readOnly={disabled}
        aria-disabled={disabled}
        onChange={(event) => onTextChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id="chat-hint" className="chat-composer__hint">
        {t('chat.hint')}
      </p>
      {confirming ? (
        <div className="chat-composer__actions" role="group" aria-label={t('chat.confirmComplete')}>
          <span className="chat-composer__question">{t('chat.confirmComplete')}</span>
          <button
            type="button"
            className="button button--primary"
            disabled={completing || disabled}
            onClick={() => {
              setConfirming(false)
              onComplete()
            }}
          >
            {t('chat.confirmYes')}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <div className="chat-composer__actions">
          <button
            type="button"
            className="button"
            disabled={completing || disabled}
            onClick={() => setConfirming(true)}
          >
            {completing ? t('chat.completing') : t('chat.complete')}
          </button>
          <button type="submit" className="button button--primary" disabled={!canSend}>
            {t('chat.send')}
          </button>
        </div>
      )}
    </form>
  )
}
