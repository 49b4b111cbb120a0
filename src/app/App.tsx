import { lazy, Suspense, useEffect } from 'react'
import { prefetchLesson } from '../lesson/catalog.ts'
import { IndexPage } from './IndexPage.tsx'
import { NoticeBar } from './NoticeBar.tsx'
import { NotFound } from './NotFound.tsx'
import { useRoute } from './useRoute.ts'

// Each mode is its own chunk: the index loads none of them.
const NotebookPage = lazy(() => import('../notebook/NotebookPage.tsx'))
const SlidesPage = lazy(() => import('../slides/SlidesPage.tsx'))
const EmbedPage = lazy(() => import('../embed/EmbedPage.tsx'))
const PresenterPage = lazy(() => import('../slides/PresenterPage.tsx'))
const GalleryPage = lazy(() => import('./GalleryPage.tsx'))
const PrintPage = lazy(() => import('../slides/PrintPage.tsx'))

/** The app: one hash route, one mode. */
export function App() {
  const route = useRoute()
  const slug =
    route.kind === 'lesson' ||
    route.kind === 'slides' ||
    route.kind === 'presenter' ||
    route.kind === 'print'
      ? route.slug
      : null
  useEffect(() => {
    if (slug) prefetchLesson(slug)
  }, [slug])
  let page
  switch (route.kind) {
    case 'index':
      page = <IndexPage />
      break
    case 'lesson':
      page = <NotebookPage slug={route.slug} at={route.at} />
      break
    case 'slides':
      page = <SlidesPage slug={route.slug} slide={route.slide} />
      break
    case 'presenter':
      page = <PresenterPage slug={route.slug} slide={route.slide} />
      break
    case 'print':
      page = <PrintPage slug={route.slug} />
      break
    case 'gallery':
      page = <GalleryPage at={route.at} />
      break
    case 'embed':
      page = <EmbedPage widget={route.widget} query={route.query} />
      break
    case 'notFound':
      page = <NotFound />
      break
  }
  return (
    <>
      {route.kind !== 'embed' ? <NoticeBar /> : null}
      <Suspense fallback={<div className="page-loading" aria-busy="true" />}>{page}</Suspense>
    </>
  )
}
