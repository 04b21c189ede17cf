import { act, cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useEffect } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as smartbot from '../api/smartbot'
import type { SendResult } from '../api/types'
import { I18nProvider } from '../i18n/I18nProvider'
import { ChatProvider, useChat } from './chat/ChatProvider'
import { chatMessage as message, chatSession } from './chat/testData'
import { ChatWidget } from './ChatWidget'

vi.mock('../api/smartbot', () => ({
  getSession: vi.fn(),
  listMessages: vi.fn(),
  sendMessage: vi.fn(),
  completeSession: vi.fn(),
  setSessionLang: vi.fn(),
}))

const api = vi.mocked(smartbot)

const session = chatSession({ id: 11, application_id: 5, relevance_score: 40 })

const greeting = message(1, 'assistant', 'Есть ли у вас опыт с Docker?')

function OpenOnMount({ readOnly = false }: { readOnly?: boolean }) {
  const { openChat } = useChat()
  useEffect(() => openChat({ applicationId: 5, jobTitle: 'Python-разработчик', readOnly }), [openChat, readOnly])
  return null
}

function renderChat(readOnly = false) {
  return render(
    <I18nProvider>
      <ChatProvider>
        <OpenOnMount readOnly={readOnly} />
        <ChatWidget />
      </ChatProvider>
    </I18nProvider>,
  )
}

/** A promise the test settles by hand, to hold a reply "in flight". */
function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((settle) => {
    resolve = settle
  })
  return { promise, resolve }
}

/** Returns the texts of the saved messages in the chat, top to bottom. */
function messageTexts(): (string | null | undefined)[] {
  const log = screen.getByRole('list', { name: 'Сообщения диалога' })
  return within(log)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.chat-message__text')?.textContent)
    .filter(Boolean)
}

afterEach(cleanup)

beforeEach(() => {
  localStorage.clear()
  api.getSession.mockResolvedValue(session)
  api.listMessages.mockResolvedValue({ items: [greeting], total: 1, page: 1, per_page: 500 })
})

describe('ChatWidget', () => {
  it('sends once while a reply is pending', async () => {
    const user = userEvent.setup()
    const reply = deferred<SendResult>()
    api.sendMessage.mockReturnValue(reply.promise)
    renderChat()

    const input = await screen.findByLabelText('Ваш ответ SmartBot')
    await user.type(input, 'Да, два года')
    await user.keyboard('{Enter}{Enter}')
    await user.click(screen.getByRole('button', { name: 'Отправить' }))

    expect(api.sendMessage).toHaveBeenCalledTimes(1)
    expect(api.sendMessage).toHaveBeenCalledWith(11, 'Да, два года', expect.any(Object))
    expect(screen.getByText('SmartBot печатает…')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Отправить' })).toHaveProperty('disabled', true)

    await act(async () => {
      reply.resolve({
        candidate_message: message(2, 'candidate', 'Да, два года'),
        assistant_message: message(3, 'assistant', 'Когда сможете приступить?'),
        session: { ...session, relevance_score: 62 },
      })
    })

    expect(messageTexts()).toEqual(['Есть ли у вас опыт с Docker?', 'Да, два года', 'Когда сможете приступить?'])
    expect(screen.queryByText('SmartBot печатает…')).toBeNull()
  })

  it('shows streamed pieces of the reply as they arrive', async () => {
    const user = userEvent.setup()
    const reply = deferred<SendResult>()
    api.sendMessage.mockImplementation(async (_sessionId, _text, handlers) => {
      handlers?.onCandidate?.(message(2, 'candidate', 'Да'))
      handlers?.onDelta?.('Спасибо! ')
      handlers?.onDelta?.('Когда сможете')
      return reply.promise
    })
    renderChat()

    await user.type(await screen.findByLabelText('Ваш ответ SmartBot'), 'Да{Enter}')
    expect(await screen.findByText('Спасибо! Когда сможете')).toBeTruthy()

    await act(async () => {
      reply.resolve({
        candidate_message: message(2, 'candidate', 'Да'),
        assistant_message: message(3, 'assistant', 'Спасибо! Когда сможете приступить?'),
        session,
      })
    })
    expect(screen.getByText('Спасибо! Когда сможете приступить?')).toBeTruthy()
    expect(screen.getAllByText('Да')).toHaveLength(1)
  })

  it('puts an answer the server never stored back into the box', async () => {
    const user = userEvent.setup()
    const { ApiError } = await import('../api/client')
    api.sendMessage.mockRejectedValue(new ApiError(0, 'network_error', 'offline'))
    renderChat()

    const input = await screen.findByLabelText<HTMLTextAreaElement>('Ваш ответ SmartBot')
    await user.type(input, 'Три года{Enter}')

    expect(await screen.findByText('Нет связи с сервером. Проверьте подключение и повторите.')).toBeTruthy()
    expect(input.value).toBe('Три года')
  })

  it('shows the question asked again after a switch to Kazakh', async () => {
    const user = userEvent.setup()
    const repeatedQuestion = message(2, 'assistant', 'Docker-мен жұмыс тәжірибеңіз бар ма?')
    api.setSessionLang.mockResolvedValue({ ...session, lang: 'kk' })
    renderChat()
    await screen.findByText('Есть ли у вас опыт с Docker?')
    api.listMessages.mockResolvedValue({ items: [greeting, repeatedQuestion], total: 2, page: 1, per_page: 500 })

    await user.click(screen.getByRole('button', { name: 'KK' }))

    expect(await screen.findByText('Docker-мен жұмыс тәжірибеңіз бар ма?')).toBeTruthy()
    expect(api.setSessionLang).toHaveBeenCalledWith(5, 'kk')
    expect(api.listMessages).toHaveBeenLastCalledWith(11)
    expect(screen.getByRole('button', { name: 'KK' }).getAttribute('aria-pressed')).toBe('true')
    expect(messageTexts()).toEqual(['Есть ли у вас опыт с Docker?', 'Docker-мен жұмыс тәжірибеңіз бар ма?'])
  })

  it('keeps the dialog as it was when a switch adds no message', async () => {
    const user = userEvent.setup()
    api.setSessionLang.mockResolvedValue({ ...session, lang: 'kk' })
    renderChat()
    await screen.findByText('Есть ли у вас опыт с Docker?')
    const loadsBefore = api.listMessages.mock.calls.length

    await user.click(screen.getByRole('button', { name: 'KK' }))

    expect(await screen.findByRole('button', { name: 'KK', pressed: true })).toBeTruthy()
    expect(api.listMessages.mock.calls.length).toBe(loadsBefore + 1)
    expect(messageTexts()).toEqual(['Есть ли у вас опыт с Docker?'])
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('keeps the switched language when reloading the dialog fails', async () => {
    const user = userEvent.setup()
    const { ApiError } = await import('../api/client')
    api.setSessionLang.mockResolvedValue({ ...session, lang: 'kk' })
    renderChat()
    await screen.findByText('Есть ли у вас опыт с Docker?')
    api.listMessages.mockRejectedValue(new ApiError(0, 'network_error', 'offline'))

    await user.click(screen.getByRole('button', { name: 'KK' }))

    expect(await screen.findByRole('button', { name: 'KK', pressed: true })).toBeTruthy()
    expect(messageTexts()).toEqual(['Есть ли у вас опыт с Docker?'])
    expect(screen.getByLabelText('Ваш ответ SmartBot')).toBeTruthy()
  })

  it('gives an employer the dialog without a box to write in', async () => {
    renderChat(true)
    expect(await screen.findByText('Есть ли у вас опыт с Docker?')).toBeTruthy()
    expect(screen.getByText(/Только просмотр/)).toBeTruthy()
    expect(screen.queryByLabelText('Ваш ответ SmartBot')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Завершить' })).toBeNull()
    expect(screen.getByText('40 %')).toBeTruthy()
  })
})
