import { useEffect, useRef } from 'react'
import type { ChatMessage, MessageRole } from '../../api/types'
import { useI18n } from '../../i18n/I18nProvider'
import type { MessageKey } from '../../i18n/ru'

interface MessageListProps {
  messages: ChatMessage[]
  pendingText: string | null
  streamingText: string | null
  waiting: boolean
  readOnly: boolean
}

function roleLabelKey(role: MessageRole, readOnly: boolean): MessageKey {
  if (role === 'system') return 'chat.roleSystem'
  if (role === 'assistant') return 'chat.roleAssistant'
  return readOnly ? 'chat.roleCandidateForEmployer' : 'chat.roleCandidate'
}

/** Renders the dialog as bubbles by role; the candidate's view follows the newest line. */
export function MessageList({ messages, pendingText, streamingText, waiting, readOnly }: MessageListProps) {
  const { t, dateTime } = useI18n()
  const endRef = useRef<HTMLLIElement>(null)

  // The candidate follows the newest line; an employer starts at the top, where the summary is.
  useEffect(() => {
    if (!readOnly) endRef.current?.scrollIntoView?.({ block: 'end' })
  }, [messages.length, pendingText, streamingText, waiting, readOnly])

  if (messages.length === 0 && pendingText === null && !waiting) {
    return <p className="chat-empty">{t('chat.empty')}</p>
  }

  return (
    <ol className="chat-messages" aria-label={t('chat.log')} aria-live="polite" aria-relevant="additions">
      {messages.map((message) => (
        <li key={message.id} className={`chat-message chat-message--${message.role}`} data-role={message.role}>
          <span className="chat-message__author">{t(roleLabelKey(message.role, readOnly))}</span>
          <p className="chat-message__text">{message.content}</p>
          <time className="chat-message__time" dateTime={message.created_at}>
            {dateTime(message.created_at)}
          </time>
        </li>
      ))}
      {pendingText !== null && (
        <li className="chat-message chat-message--candidate chat-message--pending" data-role="candidate">
          <span className="chat-message__author">{t('chat.roleCandidate')}</span>
          <p className="chat-message__text">{pendingText}</p>
        </li>
      )}
      {streamingText && (
        <li className="chat-message chat-message--assistant" data-role="assistant">
          <span className="chat-message__author">{t('chat.roleAssistant')}</span>
          <p className="chat-message__text">{streamingText}</p>
        </li>
      )}
      {waiting && !streamingText && (
        <li className="chat-typing" role="status">
          <span className="chat-typing__dots" aria-hidden="true">
            <span />
            <span />
            <span />
          </span>
          {t('chat.typing')}
        </li>
      )}
      <li ref={endRef} className="chat-end" aria-hidden="true" />
    </ol>
  )
}
