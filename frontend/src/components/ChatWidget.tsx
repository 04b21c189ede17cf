import { useCallback, useEffect, useReducer, useRef, useState } from 'react'
import { toApiError } from '../api/client'
import * as smartbot from '../api/smartbot'
import type { ChatLang, ChatSession } from '../api/types'
import { errorMessage } from '../i18n/errors'
import { useI18n } from '../i18n/I18nProvider'
import { CandidateMaterials } from './chat/CandidateMaterials'
import { ChatComposer } from './chat/ChatComposer'
import { useChat, type ChatTarget } from './chat/ChatProvider'
import { chatReducer, initialChatState } from './chat/chatState'
import { MessageList } from './chat/MessageList'
import { RelevancePanel } from './chat/RelevancePanel'
import { ErrorMessage } from './ui/ErrorMessage'
import { Spinner } from './ui/Spinner'

const CHAT_LANGS: readonly ChatLang[] = ['ru', 'kk']

/** Renders the SmartBot drawer on the right edge for the application the app has opened. */
export function ChatWidget() {
  const { target, closeChat } = useChat()
  if (!target) return null
  // A new key per application starts the dialog state afresh.
  return <ChatDrawer key={target.applicationId} target={target} onClose={closeChat} />
}

function ChatDrawer({ target, onClose }: { target: ChatTarget; onClose: () => void }) {
  const format = useI18n()
  const { t } = format
  const { notifySessionChanged } = useChat()
  const [state, dispatch] = useReducer(chatReducer, initialChatState)
  const [text, setText] = useState('')
  const [reloadCount, setReloadCount] = useState(0)
  const inputRef = useRef<HTMLTextAreaElement>(null)
  const closeRef = useRef<HTMLButtonElement>(null)
  const panelRef = useRef<HTMLDivElement>(null)
  // Set synchronously on the first press, so a second Enter in the same tick sends nothing.
  const sendingRef = useRef(false)

  const { applicationId, readOnly } = target
  const session = state.session

  useEffect(() => {
    let cancelled = false
    dispatch({ type: 'load_started' })
    smartbot
      .getSession(applicationId)
      .then(async (loaded) => {
        const page = await smartbot.listMessages(loaded.id)
        if (!cancelled) dispatch({ type: 'loaded', session: loaded, messages: page.items })
      })
      .catch((error: unknown) => {
        if (!cancelled) dispatch({ type: 'load_failed', error: toApiError(error) })
      })
    return () => {
      cancelled = true
    }
  }, [applicationId, reloadCount])

  // Focus moves into the drawer when it opens and back to where it was when it closes.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    closeRef.current?.focus()
    return () => opener?.focus()
  }, [])

  useEffect(() => {
    if (state.phase === 'ready' && !readOnly && !state.sending) inputRef.current?.focus()
  }, [state.phase, state.sending, readOnly])

  // On a phone the drawer covers the page, which then must not scroll underneath it.
  useEffect(() => {
    document.body.classList.add('chat-open')
    return () => document.body.classList.remove('chat-open')
  }, [])

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [onClose])

  const send = useCallback(async () => {
    const answer = text.trim()
    if (!session || !answer || sendingRef.current) return
    sendingRef.current = true
    setText('')
    dispatch({ type: 'send_started', text: answer })
    let saved = false
    try {
      const result = await smartbot.sendMessage(session.id, answer, {
        onCandidate: (message) => {
          saved = true
          dispatch({ type: 'candidate_saved', message })
        },
        onDelta: (piece) => dispatch({ type: 'delta', text: piece }),
      })
      dispatch({ type: 'send_succeeded', result })
      notifySessionChanged()
    } catch (error) {
      const apiError = toApiError(error)
      dispatch({ type: 'send_failed', error: apiError })
      // An answer the server never stored goes back into the box so nothing typed is lost.
      if (!saved) setText((current) => current || answer)
      if (apiError.code === 'session_completed') {
        smartbot.getSession(applicationId).then((fresh) => dispatch({ type: 'session_updated', session: fresh }), () => {})
      }
    } finally {
      sendingRef.current = false
    }
  }, [applicationId, notifySessionChanged, session, text])

  const complete = useCallback(async () => {
    if (!session || sendingRef.current) return
    dispatch({ type: 'complete_started' })
    try {
      dispatch({ type: 'complete_succeeded', session: await smartbot.completeSession(session.id) })
      notifySessionChanged()
      // The result appears under the dialog; bring it into view.
      requestAnimationFrame(() => panelRef.current?.scrollIntoView?.({ block: 'start' }))
    } catch (error) {
      dispatch({ type: 'action_failed', error: toApiError(error) })
    }
  }, [notifySessionChanged, session])

  const switchLang = useCallback(
    async (lang: ChatLang) => {
      if (!session || session.lang === lang) return
      let switched: ChatSession
      try {
        switched = await smartbot.setSessionLang(applicationId, lang)
      } catch (error) {
        dispatch({ type: 'action_failed', error: toApiError(error) })
        return
      }
      dispatch({ type: 'session_updated', session: switched })
      // The server may store a message that repeats the pending question in the new language.
      try {
        const page = await smartbot.listMessages(switched.id)
        dispatch({ type: 'messages_loaded', messages: page.items })
      } catch {
        // The switch itself succeeded; a message missed here appears when the dialog is next opened.
      }
    },
    [applicationId, session],
  )

  const subtitle = `${target.candidateName ? `${target.candidateName} · ` : ''}${t('chat.subtitle', { job: target.jobTitle })}`
  const showPanel = session !== null && (readOnly ? session.relevance_score !== null : session.is_completed)
  const panel = showPanel && session ? <RelevancePanel session={session} /> : null

  return (
    <aside className="chat-drawer" role="dialog" aria-modal="false" aria-labelledby="chat-title">
      <header className="chat-drawer__header">
        <div className="chat-drawer__titles">
          <h2 id="chat-title">{t('chat.title')}</h2>
          <p className="chat-drawer__subtitle" title={subtitle}>
            {subtitle}
          </p>
        </div>
        {session && !readOnly && (
          <div className="lang-switch" role="group" aria-label={t('chat.lang')}>
            {CHAT_LANGS.map((lang) => (
              <button
                key={lang}
                type="button"
                className="lang-switch__option"
                aria-pressed={session.lang === lang}
                disabled={session.is_completed || state.sending}
                onClick={() => void switchLang(lang)}
              >
                {lang.toUpperCase()}
              </button>
            ))}
          </div>
        )}
        <button ref={closeRef} type="button" className="icon-button" aria-label={t('chat.close')} onClick={onClose}>
          ×
        </button>
      </header>

      {readOnly && (
        <p className="chat-drawer__note">
          {t('chat.readOnly')}
          {session && ` ${t('chat.sessionLang', { lang: t(`lang.${session.lang}`) })}`}
        </p>
      )}

      <div className="chat-drawer__body">
        {state.phase === 'loading' && <Spinner label={t('common.loading')} />}
        {state.phase === 'failed' && (
          <ErrorMessage
            title={t('chat.loadError')}
            error={state.loadError}
            onRetry={() => setReloadCount((count) => count + 1)}
          />
        )}
        {state.phase === 'ready' && (
          <>
            {readOnly && target.application && <CandidateMaterials application={target.application} />}
            {readOnly && panel}
            <MessageList
              messages={state.messages}
              pendingText={state.pendingText}
              streamingText={state.streamingText}
              waiting={state.sending}
              readOnly={readOnly}
            />
            {!readOnly && session?.is_completed && (
              <div ref={panelRef} className="chat-result">
                <p className="chat-completed" role="status">
                  <strong>{t('chat.completed')}.</strong> {t('chat.completedNote')}
                </p>
                {panel}
              </div>
            )}
          </>
        )}
      </div>

      {state.actionError && (
        <p className="chat-drawer__error" role="alert">
          {errorMessage(state.actionError, format)}
          <button type="button" className="link-button" onClick={() => dispatch({ type: 'error_dismissed' })}>
            {t('common.close')}
          </button>
        </p>
      )}

      {state.phase === 'ready' && session && !readOnly && !session.is_completed && (
        <ChatComposer
          disabled={state.sending}
          completing={state.completing}
          inputRef={inputRef}
          text={text}
          onTextChange={setText}
          onSend={() => void send()}
          onComplete={() => void complete()}
        />
      )}
    </aside>
  )
}
