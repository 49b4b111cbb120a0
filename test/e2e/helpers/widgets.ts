import type { Locator, Page } from 'playwright-core'

/** Resolves once every widget under `scope` has loaded its component (no "Loading …" left). */
export async function widgetsLoaded(page: Page, scope = 'body'): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const root = document.querySelector(sel)
      return !!root && root.querySelector('.widget-loading') === null
    },
    scope,
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
