import { ApiError, api, apiUrl, asPage, authHeaders, errorFromBody, handleUnauthorized, NETWORK_ERROR, tokenStorage } from './client'
import { readEventStream } from './sse'
import type { ChatLang, ChatMessage, ChatSession, Page, SendResult } from './types'

/** Returns the application's session, which the server creates with its greeting when missing. */
export async function getSession(applicationId: number): Promise<ChatSession> {
  const { data } = await api.get<ChatSession>(`/smartbot/session/${applicationId}`)
  return data
}

/** Switches the language the bot asks its next questions in. */
export async function setSessionLang(applicationId: number, lang: ChatLang): Promise<ChatSession> {
  const { data } = await api.patch<ChatSession>(`/smartbot/session/${applicationId}`, { lang })
  return data
}

/** Returns the dialog oldest first. */
export async function listMessages(sessionId: number): Promise<Page<ChatMessage>> {
  const { data } = await api.get<unknown>(`/smartbot/messages/${sessionId}`, { params: { per_page: 500 } })
  return asPage<ChatMessage>(data)
}

export async function completeSession(sessionId: number): Promise<ChatSession> {
  const { data } = await api.post<ChatSession>(`/smartbot/complete/${sessionId}`)
  return data
}

/** Sends a candidate's answer and waits for the whole reply as one JSON body. */
export async function sendMessageJson(sessionId: number, userText: string): Promise<SendResult> {
  const { data } = await api.post<SendResult>('/smartbot/send', { session_id: sessionId, user_text: userText })
  return data
}

export interface StreamHandlers {
  /** The server has saved the candidate's message. */
  onCandidate?: (message: ChatMessage) => void
  /** The next piece of the assistant's reply. */
  onDelta?: (text: string) => void
}

export function canStream(): boolean {
  return typeof fetch === 'function' && typeof ReadableStream === 'function' && typeof TextDecoder === 'function'
}

/**
 * Sends a candidate's answer and reads the reply as server-sent events
 * (`candidate`, `delta`…, `done`). A server that responds with JSON instead is
 * accepted as well. Resolves with the `done` payload.
 */
export async function sendMessageStream(
  sessionId: number,
  userText: string,
  handlers: StreamHandlers = {},
): Promise<SendResult> {
  const sentToken = tokenStorage.get()
  let response: Response
  try {
    response = await fetch(apiUrl('/smartbot/send'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream', ...authHeaders() },
      body: JSON.stringify({ session_id: sessionId, user_text: userText }),
    })
  } catch (error) {
    throw new ApiError(0, NETWORK_ERROR, error instanceof Error ? error.message : String(error))
  }

  if (!response.ok) {
    const apiError = errorFromBody(response.status, await response.json().catch(() => null))
    handleUnauthorized(apiError, sentToken)
    throw apiError
  }

  const contentType = response.headers.get('Content-Type') ?? ''
  if (!contentType.includes('text/event-stream') || !response.body) {
    const result = (await response.json()) as SendResult
    handlers.onCandidate?.(result.candidate_message)
    return result
  }

  for await (const event of readEventStream(response.body)) {
    const data: unknown = JSON.parse(event.data)
    switch (event.event) {
      case 'candidate':
        handlers.onCandidate?.(data as ChatMessage)
        break
      case 'delta':
        handlers.onDelta?.((data as { text: string }).text)
        break
      case 'done':
        return data as SendResult
      case 'error':
        throw errorFromBody(500, data)
      default:
        break
    }
  }
  throw new ApiError(0, NETWORK_ERROR, 'The reply stream ended before its done event.')
}

/** Sends a candidate's answer, streaming the reply where the browser can read a stream. */
export function sendMessage(sessionId: number, userText: string, handlers: StreamHandlers = {}): Promise<SendResult> {
  if (canStream()) return sendMessageStream(sessionId, userText, handlers)
  return sendMessageJson(sessionId, userText).then((result) => {
    handlers.onCandidate?.(result.candidate_message)
    return result
  })
}
