import type { ApiError } from '../../api/client'
import type { ChatMessage, ChatSession, SendResult } from '../../api/types'

export interface ChatState {
  phase: 'loading' | 'ready' | 'failed'
  loadError: ApiError | null
  session: ChatSession | null
  /** The dialog oldest first, each message once. */
  messages: ChatMessage[]
  /** The candidate's text between pressing Send and the server saving it. */
  pendingText: string | null
  /** The assistant's reply as far as it has streamed in. */
  streamingText: string | null
  sending: boolean
  completing: boolean
  actionError: ApiError | null
}

export type ChatAction =
  | { type: 'load_started' }
  | { type: 'loaded'; session: ChatSession; messages: ChatMessage[] }
  | { type: 'load_failed'; error: ApiError }
  | { type: 'send_started'; text: string }
  | { type: 'candidate_saved'; message: ChatMessage }
  | { type: 'delta'; text: string }
  | { type: 'send_succeeded'; result: SendResult }
  | { type: 'send_failed'; error: ApiError }
  | { type: 'complete_started' }
  | { type: 'complete_succeeded'; session: ChatSession }
  | { type: 'action_failed'; error: ApiError }
  | { type: 'session_updated'; session: ChatSession }
  /** The dialog as the server has it now; messages not yet shown are added at the end. */
  | { type: 'messages_loaded'; messages: ChatMessage[] }
  | { type: 'error_dismissed' }

export const initialChatState: ChatState = {
  phase: 'loading',
  loadError: null,
  session: null,
  messages: [],
  pendingText: null,
  streamingText: null,
  sending: false,
  completing: false,
  actionError: null,
}

/** Appends messages not yet in the list, keeping the order they arrived in. */
function appendMessages(list: ChatMessage[], ...added: ChatMessage[]): ChatMessage[] {
  const known = new Set(list.map((message) => message.id))
  const fresh = added.filter((message) => !known.has(message.id) && (known.add(message.id), true))
  return fresh.length > 0 ? [...list, ...fresh] : list
}

export function chatReducer(state: ChatState, action: ChatAction): ChatState {
  switch (action.type) {
    case 'load_started':
      return { ...initialChatState }
    case 'loaded':
      return { ...state, phase: 'ready', session: action.session, messages: appendMessages([], ...action.messages) }
    case 'load_failed':
      return { ...state, phase: 'failed', loadError: action.error }
    case 'send_started':
      return { ...state, sending: true, pendingText: action.text, streamingText: null, actionError: null }
    case 'candidate_saved':
      return { ...state, pendingText: null, streamingText: '', messages: appendMessages(state.messages, action.message) }
    case 'delta':
      return { ...state, streamingText: (state.streamingText ?? '') + action.text }
    case 'send_succeeded':
      return {
        ...state,
        sending: false,
        pendingText: null,
        streamingText: null,
        session: action.result.session,
        messages: appendMessages(state.messages, action.result.candidate_message, action.result.assistant_message),
      }
    case 'send_failed':
      return { ...state, sending: false, pendingText: null, streamingText: null, actionError: action.error }
    case 'complete_started':
      return { ...state, completing: true, actionError: null }
    case 'complete_succeeded':
      return { ...state, completing: false, session: action.session }
    case 'action_failed':
      return { ...state, completing: false, actionError: action.error }
    case 'session_updated':
      return { ...state, session: action.session }
    case 'messages_loaded':
      return { ...state, messages: appendMessages(state.messages, ...action.messages) }
    case 'error_dismissed':
      return { ...state, actionError: null }
  }
}
