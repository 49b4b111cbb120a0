import { Component, type ReactNode } from 'react'

interface Props {
  /** Names the widget in the message. */
  title: string
  onReset: () => void
  children: ReactNode
}

interface State {
  error: Error | null
}

/** Contains a widget that throws: a card with the error and a reset button; the page carries on. */
export class WidgetErrorBoundary extends Component<Props, State> {
  state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  render() {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <div className="widget-error" role="alert">
        <p className="widget-error__title">{this.props.title} stopped working.</p>
        <p className="widget-error__message">{error.message}</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            this.setState({ error: null })
            this.props.onReset()
          }}
        >
          Reset this widget
        </button>
      </div>
    )
  }
}
