import type { Application } from '../../api/types'
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'

export interface ChatTarget {
  applicationId: number
  jobTitle: string
  /** Employers read the candidate's dialog but cannot write to it. */
  readOnly: boolean
  /** Shown in the read-only header: whose dialog this is. */
  candidateName?: string
  /** The application an employer reads, whose cover letter and resume the drawer shows. */
  application?: Application
}

interface ChatControl {
  target: ChatTarget | null
  openChat: (target: ChatTarget) => void
  closeChat: () => void
  /** Grows each time the open dialog changes its session (score, completion), so lists can refresh. */
  sessionVersion: number
  notifySessionChanged: () => void
}

const ChatContext = createContext<ChatControl | null>(null)

export function ChatProvider({ children }: { children: ReactNode }) {
  const [target, setTarget] = useState<ChatTarget | null>(null)
  const [sessionVersion, setSessionVersion] = useState(0)

  const openChat = useCallback((next: ChatTarget) => setTarget(next), [])
  const closeChat = useCallback(() => setTarget(null), [])
  const notifySessionChanged = useCallback(() => setSessionVersion((version) => version + 1), [])

  const value = useMemo<ChatControl>(
    () => ({ target, openChat, closeChat, sessionVersion, notifySessionChanged }),
    [target, openChat, closeChat, sessionVersion, notifySessionChanged],
  )
  return <ChatContext.Provider value={value}>{children}</ChatContext.Provider>
}

export function useChat(): ChatControl {
  const context = useContext(ChatContext)
  if (!context) throw new Error('useChat must be called inside <ChatProvider>')
  return context
}
