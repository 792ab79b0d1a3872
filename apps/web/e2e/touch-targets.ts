import type { Page } from 'playwright-core';

// Part of auditPage (e2e/audit.ts): targets a finger can hit, on the touch layout.

/** Below this width (the drawer's breakpoint) the app is laid out for fingers: 44 px targets. */
export const touchBelow = 1024;
const touchTarget = 44;

/**
 * The controls a finger would miss: visible buttons, links, fields, tabs, menu items and options
 * smaller than 44 × 44 px, where a checkbox, radio or switch counts with its label. Links inside
 * a sentence are exempt (as in WCAG 2.5.8), as is what an open dialog hides from everyone (inert or
 * aria-hidden).
 */
export async function smallTouchTargets(page: Page): Promise<string[]> {
  const small = await page.evaluate((minimum) => {
    const selector = [
      'button',
      'a[href]',
      'input:not([type=hidden])',
      'select',
      'textarea',
      'summary',
      '[role=button]',
      '[role=link]',
      '[role=tab]',
      '[role=checkbox]',
      '[role=radio]',
      '[role=switch]',
      '[role=menuitem]',
      '[role=menuitemradio]',
      '[role=menuitemcheckbox]',
      '[role=option]',
      '[role=combobox]',
    ].join(',');
    const hiddenFromAll = (element: Element) => element.closest('[inert], [aria-hidden=true]') !== null;
    const inSentence = (element: Element) => {
      if (element.tagName !== 'A' || getComputedStyle(element).display !== 'inline') return false;
      const parent = element.parentElement;
      if (!parent) return false;
      return [...parent.childNodes].some(
        (node) =>
          node !== element && node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
      );
    };
    // Layout sizes, not transformed ones: a toast stacked behind the newest is drawn scaled down.
    const sizeOf = (element: Element) =>
      element instanceof HTMLElement
        ? { width: element.offsetWidth, height: element.offsetHeight }
        : element.getBoundingClientRect();
    const targetBox = (element: Element) => {
      const box = sizeOf(element);
      const isToggle =
        (element instanceof HTMLInputElement && ['checkbox', 'radio'].includes(element.type)) ||
        ['switch', 'checkbox', 'radio'].includes(element.getAttribute('role') ?? '');
      const labels = 'labels' in element ? (element as HTMLInputElement).labels : null;
      const label = isToggle ? (element.closest('label') ?? labels?.[0]) : null;
      if (!label) return box;
      const around = sizeOf(label);
      return { width: Math.max(box.width, around.width), height: Math.max(box.height, around.height) };
    };
    const describe = (element: Element, width: number, height: number) => {
      const name =
        element.getAttribute('aria-label') ??
        ((element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40) ||
          element.getAttribute('name') ||
          element.getAttribute('placeholder') ||
          '');
      const role = element.getAttribute('role') ?? element.tagName.toLowerCase();
      return `${role} "${name}" is ${Math.round(width)} × ${Math.round(height)} px`;
    };
    const found: string[] = [];
    for (const element of document.querySelectorAll(selector)) {
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue; // not shown, or visually hidden (sr-only)
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      if (hiddenFromAll(element) || inSentence(element)) continue;
      if (element.closest('label') && !(element instanceof HTMLInputElement)) continue;
      const { width, height } = targetBox(element);
      if (width + 0.5 < minimum || height + 0.5 < minimum) found.push(describe(element, width, height));
    }
    return found;
  }, touchTarget);
  if (small.length === 0) return [];
  const list = [...new Set(small)].slice(0, 8).map((line) => `\n      ${line}`);
  const more = small.length > 8 ? `\n      … and ${small.length - 8} more` : '';
  return [`touch targets under ${touchTarget} px:${list.join('')}${more}`];
}
