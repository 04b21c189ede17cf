/** The error of a form or of an action on a list, which screen readers announce; nothing when there is none. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null
  return (
    <p className="form__error" role="alert">
      {message}
    </p>
  )
}
