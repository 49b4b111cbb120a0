import { useEffect, useRef } from 'react'
import { useLearner } from '../app/learner.ts'
import { NotFound } from '../app/NotFound.tsx'
import { SiteHeader } from '../app/SiteHeader.tsx'
import { useDocumentTitle } from '../app/useDocumentTitle.ts'
import { findLesson, neighbours } from '../lesson/catalog.ts'
import { lessonComponents } from '../lesson/components.tsx'
import { LessonContext } from '../lesson/context.ts'
import { useLessonModule } from '../lesson/useLessonModule.ts'
import { useScrollableFocus } from '../lesson/useScrollableFocus.ts'
import { LessonHead } from './LessonHead.tsx'
import { Pager } from './Pager.tsx'
import { Toc } from './Toc.tsx'
import '../viz/katexStyles.ts'
import '../lesson/lesson.css'

/** Notebook mode: the whole lesson as one readable page, with contents and previous/next. */
export default function NotebookPage({ slug, at }: { slug: string; at?: string }) {
  const entry = findLesson(slug)
  const state = useLessonModule(entry)
  const visit = useLearner((s) => s.visit)
  const article = useRef<HTMLElement>(null)
  useScrollableFocus(article, state.status === 'ready')
  useDocumentTitle(entry ? `${entry.title} · Unfold` : 'Not found · Unfold')
  useEffect(() => {
    if (entry) visit(entry.slug)
  }, [entry, visit])
  useEffect(() => {
    if (state.status !== 'ready') return
    if (at) document.getElementById(at)?.scrollIntoView()
    else window.scrollTo(0, 0)
  }, [state.status, slug, at])

  if (!entry) return <NotFound what="lesson" />
  const { prev, next } = neighbours(slug)
  return (
    <div className="site">
      <SiteHeader>
        <a className="button button--quiet" href={`#/${slug}/slides/1`}>
          Slides
        </a>
        <a className="button button--quiet site-header__wide" href={`#/${slug}/print`}>
          Print
        </a>
      </SiteHeader>
      <div className="notebook">
        {state.status === 'ready' ? <Toc slug={slug} outline={state.module.outline} /> : <div />}
        <article
          ref={article}
          className="lesson"
          data-ready={state.status === 'ready' ? 'true' : undefined}
        >
          <LessonHead entry={entry} />
          {state.status === 'loading' ? <p className="page-loading">Loading the lesson…</p> : null}
          {state.status === 'failed' ? (
            <p className="callout callout--warning" role="alert">
              This lesson could not be loaded ({state.error}). Check your connection and reload.
            </p>
          ) : null}
          {state.status === 'ready' ? (
            <LessonContext.Provider value={{ slug, view: { mode: 'notebook' } }}>
              <state.module.default components={lessonComponents} />
            </LessonContext.Provider>
          ) : null}
          <Pager prev={prev} next={next} />
        </article>
      </div>
    </div>
  )
}
