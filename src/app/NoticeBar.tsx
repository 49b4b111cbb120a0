import { useNotices } from './notices.ts'

/** App-wide notices (reset saved data, storage unavailable), dismissible. */
export function NoticeBar() {
  const notices = useNotices((s) => s.notices)
  const dismiss = useNotices((s) => s.dismiss)
  if (notices.length === 0) return null
  return (
    <div className="notice-bar" role="status">
      {notices.map((n) => (
        <p key={n.id} className={`notice notice--${n.tone}`}>
          <span>{n.text}</span>
          <button
            type="button"
            className="link-button"
            onClick={() => dismiss(n.id)}
            aria-label="Dismiss notice"
          >
            ×
          </button>
        </p>
      ))}
    </div>
  )
}
