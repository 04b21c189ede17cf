import { describe, expect, it } from 'vitest'
import { chatReducer, initialChatState, type ChatState } from './chatState'
import { chatMessage as message, chatSession } from './testData'

const session = chatSession()

function run(...actions: Parameters<typeof chatReducer>[1][]): ChatState {
  return actions.reduce(chatReducer, initialChatState)
}

describe('chatReducer', () => {
  const greeting = message(1, 'assistant', 'Здравствуйте! Сколько лет вы работаете с Python?')
  const answer = message(2, 'candidate', 'Пять лет')
  const reply = message(3, 'assistant', 'Спасибо! Когда сможете выйти?')

  it('keeps a streamed turn in order: greeting, answer, reply', () => {
    const state = run(
      { type: 'loaded', session, messages: [greeting] },
      { type: 'send_started', text: 'Пять лет' },
      { type: 'candidate_saved', message: answer },
      { type: 'delta', text: 'Спасибо! ' },
      { type: 'delta', text: 'Когда сможете выйти?' },
    )
    expect(state.messages.map((m) => m.id)).toEqual([1, 2])
    expect(state.streamingText).toBe('Спасибо! Когда сможете выйти?')
    expect(state.pendingText).toBeNull()

    const done = chatReducer(state, {
      type: 'send_succeeded',
      result: { candidate_message: answer, assistant_message: reply, session: { ...session, relevance_score: 64 } },
    })
    expect(done.messages.map((m) => m.content)).toEqual([greeting.content, answer.content, reply.content])
    expect(done.streamingText).toBeNull()
    expect(done.sending).toBe(false)
    expect(done.session?.relevance_score).toBe(64)
  })

  it('adds the answer once when the JSON reply repeats it', () => {
    const state = run(
      { type: 'loaded', session, messages: [greeting] },
      { type: 'send_started', text: 'Пять лет' },
      { type: 'candidate_saved', message: answer },
      { type: 'send_succeeded', result: { candidate_message: answer, assistant_message: reply, session } },
    )
    expect(state.messages.filter((m) => m.id === answer.id)).toHaveLength(1)
    expect(state.messages).toHaveLength(3)
  })

  it('shows the pending answer until the server stores it', () => {
    const state = run({ type: 'loaded', session, messages: [greeting] }, { type: 'send_started', text: 'Пять лет' })
    expect(state.sending).toBe(true)
    expect(state.pendingText).toBe('Пять лет')
    expect(state.messages).toHaveLength(1)
  })

  it('adds only the new messages of a reloaded dialog, at the end', () => {
    const repeatedQuestion = message(4, 'assistant', 'Python-пен неше жыл жұмыс істейсіз?')
    const state = run(
      { type: 'loaded', session, messages: [greeting, answer, reply] },
      { type: 'messages_loaded', messages: [greeting, answer, reply, repeatedQuestion] },
    )
    expect(state.messages.map((m) => m.id)).toEqual([1, 2, 3, 4])

    const unchanged = chatReducer(state, { type: 'messages_loaded', messages: [greeting, answer, reply, repeatedQuestion] })
    expect(unchanged.messages).toBe(state.messages)
  })

  it('drops the pending answer and keeps the error on failure', () => {
    const state = run(
      { type: 'loaded', session, messages: [greeting] },
      { type: 'send_started', text: 'Пять лет' },
      { type: 'send_failed', error: { status: 409, code: 'session_completed' } as never },
    )
    expect(state.sending).toBe(false)
    expect(state.pendingText).toBeNull()
    expect(state.actionError?.code).toBe('session_completed')
  })
})
