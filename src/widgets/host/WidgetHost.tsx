import {
  lazy,
  Suspense,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type LazyExoticComponent,
} from 'react'
import { useStore, type StoreApi } from 'zustand'
import { useLearner } from '../../app/learner.ts'
import { paramsToQuery, validateParams, type ParamSource } from '../params.ts'
import type { WidgetDefinition, WidgetProps } from '../types.ts'
import { EagerWidgets } from './eager.ts'
import { WidgetErrorBoundary } from './ErrorBoundary.tsx'
import { IssueList } from './IssueList.tsx'
import { SharePanel } from './SharePanel.tsx'
import { hiddenParamsCss } from './hiddenParams.ts'
import { createParamsStore, type ParamsState } from './paramsStore.ts'
import { useEditsFromOtherWindows } from './useEditsFromOtherWindows.ts'
import { useNearViewport } from './useNearViewport.ts'
import './host.css'

const lazyComponents = new Map<string, LazyExoticComponent<ComponentType<WidgetProps>>>()

function lazyWidget(def: WidgetDefinition) {
  let c = lazyComponents.get(def.name)
  if (!c) {
    c = lazy(def.load)
    lazyComponents.set(def.name, c)
  }
  return c
}

interface HostProps {
  definition: WidgetDefinition
  /** Raw params from the lesson's props or the URL. */
  raw: Record<string, unknown>
  source: ParamSource
  /** Where the learner's edits persist (lesson slug + instance key); none in embeds. */
  persistKey?: string
  /** "card" in lessons (title bar, reset, link); "bare" in embeds. */
  chrome?: 'card' | 'bare'
  /** Hands the instance's params store out once (an embed's host-page bridge drives it). */
  onStore?: (store: StoreApi<ParamsState>) => void
  /** Hides the widget's settings (elements marked `data-controls`): a classroom embed. */
  hideControls?: boolean
  /** Hides chosen controls only (elements marked `data-param="<name>"`), by schema name. */
  hideParams?: readonly string[]
}

/** Validates params, owns the instance's store, loads the component, and contains its failures. */
export function WidgetHost(props: HostProps) {
  const [generation, setGeneration] = useState(0)
  const reset = () => {
    if (props.persistKey) useLearner.getState().saveEdits(props.persistKey, null)
    setGeneration((g) => g + 1)
  }
  return <WidgetInstance key={generation} {...props} onReset={reset} />
}

function WidgetInstance({
  definition,
  raw,
  source,
  persistKey,
  chrome = 'card',
  onStore,
  hideControls = false,
  hideParams = [],
  onReset,
}: HostProps & { onReset: () => void }) {
  const scope = `w${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const placeholder = useRef<HTMLDivElement>(null)
  const card = useRef<HTMLElement>(null)
  // The share panel's iframe height: the card's height when the learner opened it (null: closed).
  const [shareHeight, setShareHeight] = useState<number | null>(null)
  const eager = useContext(EagerWidgets)
  const near = useNearViewport(placeholder) || eager
  // The lazy component is fixed for the instance's life, like its store.
  const [Widget] = useState(() => lazyWidget(definition))
  const [store] = useState(() => {
    const given = validateParams(definition.schema, raw, source)
    const saved = persistKey ? useLearner.getState().edits[persistKey] : undefined
    const initial = saved ? validateParams(definition.schema, saved, 'saved', given.params) : given
    const issues = saved ? [...given.issues, ...initial.issues] : given.issues
    const persist = persistKey
      ? (p: Record<string, unknown>) => useLearner.getState().saveEdits(persistKey, p)
      : undefined
    return createParamsStore(definition.schema, { params: initial.params, issues }, persist)
  })
  useEffect(() => onStore?.(store), [onStore, store])
  useEditsFromOtherWindows(persistKey, store)
  const params = useStore(store, (s) => s.params)
  const issues = useStore(store, (s) => s.issues)
  const setParams = useStore(store, (s) => s.setParams)
  const dismiss = useStore(store, (s) => s.dismissIssues)
  const link = useMemo(() => {
    const q = paramsToQuery(definition.schema, params)
    return `#/embed/${definition.name}${q ? `?${q}` : ''}`
  }, [definition, params])

  const body = near ? (
    <WidgetErrorBoundary title={definition.title} onReset={onReset}>
      <Suspense fallback={<div className="widget-loading">Loading {definition.title}…</div>}>
        <Widget params={params} setParams={setParams} emit={store.getState().emit} />
      </Suspense>
    </WidgetErrorBoundary>
  ) : (
    <div className="widget-deferred" ref={placeholder} aria-busy="true" />
  )
  if (chrome === 'bare') {
    return (
      <div
        className="widget widget--bare"
        id={scope}
        data-widget={definition.name}
        data-hide-controls={hideControls || undefined}
      >
        {hideParams.length > 0 && <style>{hiddenParamsCss(scope, hideParams)}</style>}
        <IssueList issues={issues} onDismiss={dismiss} />
        {body}
      </div>
    )
  }
  return (
    <figure
      className="widget"
      data-widget={definition.name}
      aria-label={definition.title}
      ref={card}
    >
      <figcaption className="widget__bar">
        <span className="widget__title">{definition.title}</span>
        <span className="widget__actions">
          <button
            type="button"
            className="link-button"
            aria-expanded={shareHeight !== null}
            onClick={() =>
              setShareHeight(shareHeight === null ? (card.current?.offsetHeight ?? 480) : null)
            }
          >
            Share / embed
          </button>
          <button type="button" className="link-button" onClick={onReset}>
            Reset
          </button>
        </span>
      </figcaption>
      {shareHeight !== null ? (
        <SharePanel
          hash={link}
          title={definition.title}
          height={shareHeight}
          schema={definition.schema}
          picture={() => card.current?.querySelector<HTMLElement>('.widget__body') ?? null}
          stepper={
            typeof params.step === 'number'
              ? { step: params.step, go: (step) => setParams({ step }) }
              : undefined
          }
        />
      ) : null}
      <IssueList issues={issues} onDismiss={dismiss} />
      <div className="widget__body">{body}</div>
    </figure>
  )
}
