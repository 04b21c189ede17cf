import { describe, expect, it } from 'vitest'
import { readEventStream, type ServerSentEvent } from './sse'

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk))
      controller.close()
    },
  })
}

async function collect(chunks: string[]): Promise<ServerSentEvent[]> {
  const events: ServerSentEvent[] = []
  for await (const event of readEventStream(streamOf(chunks))) events.push(event)
  return events
}

describe('readEventStream', () => {
  it('joins an event split across chunks, Kazakh letters included', async () => {
    const events = await collect(['event: delta\nda', 'ta: {"text": "Қанша жыл', ' тәжірибеңіз бар?"}\n', '\nevent: done\ndata: {}\n\n'])
    expect(events).toEqual([
      { event: 'delta', data: '{"text": "Қанша жыл тәжірибеңіз бар?"}' },
      { event: 'done', data: '{}' },
    ])
  })

  it('skips comments and reads CRLF line ends', async () => {
    const events = await collect([': keep-alive\r\n\r\nevent: candidate\r\ndata: {"id": 1}\r\n\r\n'])
    expect(events).toEqual([{ event: 'candidate', data: '{"id": 1}' }])
  })

  it('names an event without an event line "message"', async () => {
    const events = await collect(['data: one\ndata: two\n\n'])
    expect(events).toEqual([{ event: 'message', data: 'one\ntwo' }])
  })
})
