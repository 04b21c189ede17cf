// Sessions and messages for the chat's tests, shaped as the API returns them.
import type { ChatMessage, ChatSession } from '../../api/types'

const STARTED_AT = '2026-12-04T10:00:00+00:00'

/** Builds an open Russian session scored 50. Fields given in `changes` replace the defaults. */
export function chatSession(changes: Partial<ChatSession> = {}): ChatSession {
  return {
    id: 7,
    application_id: 3,
    lang: 'ru',
    model: 'demo',
    is_completed: false,
    relevance_score: 50,
    summary_text: null,
    reasons_json: null,
    started_at: STARTED_AT,
    completed_at: null,
    ...changes,
  }
}

export function chatMessage(id: number, role: ChatMessage['role'], content: string): ChatMessage {
  return { id, role, content, created_at: STARTED_AT }
}
