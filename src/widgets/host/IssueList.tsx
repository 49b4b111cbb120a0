import type { ParamIssue } from '../params.ts'

/** Parameters that fell back to defaults, as plain text (untrusted values are never HTML). */
export function IssueList({ issues, onDismiss }: { issues: ParamIssue[]; onDismiss: () => void }) {
  if (issues.length === 0) return null
  return (
    <div className="param-issues" role="status">
      <ul>
        {issues.map((issue, i) => (
          <li key={i}>{issue.message}</li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  )
}
