import type { Locator, Page } from 'playwright-core';

// Reads and keyboard steps for journeys that check focus and what a table shows at a width.

/** Waits until `locator` has the page's focus. */
export async function waitFocused(page: Page, locator: Locator): Promise<void> {
  const element = await locator.elementHandle();
  await page.waitForFunction((target) => target === document.activeElement, element);
}

/** Presses Tab until `target` has focus (at most `limit` times), as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  for (let step = 0; step < limit; step++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

/** A chip or label as shown: a table may also fold it into another cell, hidden at this width. */
export const shown = (within: Locator, text: string) =>
  within.getByText(text, { exact: true }).filter({ visible: true });

/** Whether the element's text is cut ("D…"): wider than its box. */
export const truncated = (locator: Locator) =>
  locator.evaluate((element) => element.scrollWidth > element.clientWidth);

/** How many lines the element's text takes. */
export const lineCount = (locator: Locator) =>
  locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.bottom))).size;
  });

/**
 * Whether a name in a table is cut: an ellipsis ("D…", wider than its box) or a word broken
 * across lines because its column is too narrow for it.
 */
export async function nameCut(locator: Locator): Promise<boolean> {
  if (await truncated(locator)) return true;
  return locator.evaluate((element) => {
    const text = element.firstChild;
    if (!text || text.nodeType !== Node.TEXT_NODE) return false;
    const words = [...(text.textContent ?? '').matchAll(/\S+/g)];
    return words.some((word) => {
      const range = document.createRange();
      range.setStart(text, word.index);
      range.setEnd(text, word.index + word[0].length);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
    });
  });
}
