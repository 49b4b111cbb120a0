import type { Locator, Page } from 'playwright-core'

/**
 * Resolves once every widget under `scope` has loaded its component (no "Loading …" left). With
 * `all`, widgets still waiting to be scrolled near (deferred) count as not loaded either: use it
 * where everything is on screen, like a slide.
 */
export async function widgetsLoaded(page: Page, scope = 'body', all = false): Promise<void> {
  await page.waitForFunction(
    ([sel, every]) => {
      const root = document.querySelector(sel as string)
      if (!root || root.querySelector('.widget-loading')) return false
      return !every || root.querySelector('.widget-deferred') === null
    },
    [scope, all] as const,
    { polling: 50 },
  )
}

/** The first focusable control inside the first widget: what a learner would step with. */
export function firstWidgetControl(page: Page): Locator {
  return page
    .locator('[data-widget]')
    .first()
    .locator('[role="slider"], input, button, [tabindex="0"]')
    .first()
}
