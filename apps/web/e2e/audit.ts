import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { snap } from './browser';
import { smallTouchTargets, touchBelow } from './touch-targets';

// axe runs inside the page. The app's CSP allows only its own script files, so the source is
// evaluated through the DevTools protocol (which the CSP does not govern), not added as a <script>.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const failingImpacts = new Set(['serious', 'critical']);

export interface AuditOptions {
  /** Selectors axe leaves out (third-party widgets; never to hide the app's own problems). */
  exclude?: string[];
  /** Screenshot of the whole page (default), or of the screen only (an open dialog or menu). */
  fullPage?: boolean;
  /**
   * Only these axe rules (all of the WCAG 2.1 A/AA and best-practice ones unless told): e.g. only
   * `color-contrast` for a second theme of a page already audited in full.
   */
  rules?: string[];
}

export type ViewportSize = readonly [width: number, height: number];
export const phoneAndLaptop: ViewportSize[] = [
  [390, 844],
  [1280, 800],
];
/** A phone, a tablet upright, a small laptop (the sidebar beside the page) and a laptop. */
export const everyWidth: ViewportSize[] = [
  [390, 844],
  [768, 1024],
  [1024, 768],
  [1280, 800],
];

/**
 * Audits what `page` shows now: saves `e2e/screenshots/<name>-<width>.png`, runs axe-core (WCAG 2.1
 * A and AA plus best practices) and checks that nothing overflows the viewport horizontally. Throws
 * one error listing every serious or critical violation and the elements that stick out.
 */
export async function auditPage(page: Page, name: string, options: AuditOptions = {}): Promise<void> {
  await settle(page);
  const width = page.viewportSize()?.width ?? 0;
  const overlay = await page
    .locator('[role=dialog], [role=alertdialog], [role=menu], [role=listbox]')
    .count();
  await snap(page, `${name}-${width}`, { fullPage: options.fullPage ?? overlay === 0 });

  const problems = [
    ...(await axeViolations(page, options)),
    ...(await overflowingElements(page)),
    ...(width < touchBelow ? await smallTouchTargets(page) : []),
  ];
  if (problems.length > 0) {
    throw new Error(`${name} at ${width} px:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** auditPage at each size (a phone and a laptop unless told), then back to the size it had. */
export async function auditAtWidths(
  page: Page,
  name: string,
  sizes: readonly ViewportSize[] = phoneAndLaptop,
  options: AuditOptions = {},
): Promise<void> {
  const before = page.viewportSize();
  const failures: string[] = [];
  for (const [width, height] of sizes) {
    await page.setViewportSize({ width, height });
    await auditPage(page, name, options).catch((error: Error) => failures.push(error.message));
  }
  if (before) await page.setViewportSize(before);
  if (failures.length > 0) throw new Error(failures.join('\n'));
}

/**
 * Sets the system's color scheme and waits for the app's theme (System, the default, follows it:
 * the `dark` class on <html>).
 */
export async function emulateTheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.waitForFunction(
    (dark) => document.documentElement.classList.contains('dark') === dark,
    scheme === 'dark',
  );
}

/**
 * auditAtWidths with the system set to light, then to dark: screenshots `<name>-<width>.png` and
 * `<name>-dark-<width>.png`. Leaves the system light.
 */
export async function auditInThemes(
  page: Page,
  name: string,
  sizes: readonly ViewportSize[] = phoneAndLaptop,
  options: AuditOptions = {},
): Promise<void> {
  const failures: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await emulateTheme(page, scheme);
    const label = scheme === 'dark' ? `${name}-dark` : name;
    await auditAtWidths(page, label, sizes, options).catch((error: Error) => failures.push(error.message));
  }
  await emulateTheme(page, 'light');
  if (failures.length > 0) throw new Error(failures.join('\n'));
}

/**
 * Shows a view at each size with `show` (which navigates, or opens a dialog or menu) and audits it
 * in the light theme, then the dark one for contrast (its layout is the same): `<name>-<width>.png`,
 * `<name>-dark-<width>.png`. Returns the problems found rather than throwing, so that a journey can
 * take its next steps first (`throwProblems`).
 */
export async function auditViews(
  page: Page,
  name: string,
  show: (width: number) => Promise<void>,
  sizes: readonly ViewportSize[] = phoneAndLaptop,
): Promise<string[]> {
  const failures: string[] = [];
  for (const [width, height] of sizes) {
    await page.setViewportSize({ width, height });
    await show(width);
    await auditPage(page, name).catch((error: Error) => failures.push(error.message));
    await emulateTheme(page, 'dark');
    await auditPage(page, `${name}-dark`, { rules: ['color-contrast'] }).catch((error: Error) =>
      failures.push(error.message),
    );
    await emulateTheme(page, 'light');
  }
  return failures;
}

/** Throws one error with every problem that auditViews calls found. */
export function throwProblems(...problems: string[][]): void {
  const all = problems.flat();
  if (all.length > 0) throw new Error(all.join('\n'));
}

/** Waits for a laid-out frame and for finite animations and transitions (dialogs opening) to end. */
async function settle(page: Page) {
  await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const finite = document.getAnimations().filter((animation) => {
      const { iterations } = animation.effect?.getComputedTiming() ?? {};
      return iterations !== Infinity;
    });
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
}

async function axeViolations(page: Page, { exclude = [], rules }: AuditOptions): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags };
  const results = await page.evaluate(
    ({ runOnly, exclude }) => {
      const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResults> } }).axe;
      const context =
        exclude.length > 0 ? { include: [document], exclude: exclude.map((s) => [s]) } : document;
      return axe.run(context, { runOnly, resultTypes: ['violations'] });
    },
    { runOnly, exclude },
  );
  return results.violations
    .filter((violation) => failingImpacts.has(violation.impact ?? ''))
    .map((violation) => {
      const nodes = violation.nodes.slice(0, 5).map((node) => {
        const summary = node.failureSummary?.split('\n').slice(1, 2).join('').trim();
        const html = node.html.replace(/\s+/g, ' ').slice(0, 160);
        return `\n      ${node.target.join(' ')}${summary ? ` — ${summary}` : ''}\n        ${html}`;
      });
      const more = violation.nodes.length > 5 ? `\n      … and ${violation.nodes.length - 5} more` : '';
      return `${violation.id} (${violation.impact}): ${violation.help}${nodes.join('')}${more}`;
    });
}

/**
 * When the page is wider than the viewport: the elements reaching past its right edge that no
 * clipping or scrolling container of theirs holds in (for a positioned element, only its containing
 * blocks can: an `sr-only` label in a scrolling table widens the page unless the table's box is
 * positioned), outermost first; failing those, the innermost elements whose text runs past the edge.
 */
async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const viewport = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= viewport) return [];
    const heldIn = (element: Element) => {
      let position = getComputedStyle(element).position;
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        const style = getComputedStyle(up);
        const transformed = style.transform !== 'none';
        const contains =
          position === 'fixed'
            ? transformed
            : position === 'absolute'
              ? style.position !== 'static' || transformed
              : true;
        if (!contains) continue;
        if (style.overflowX !== 'visible') return true;
        position = style.position;
      }
      return false;
    };
    const boxOut = (element: Element) =>
      element.getBoundingClientRect().right > viewport + 0.5 && !heldIn(element);
    const textOut = (element: Element) =>
      element.getBoundingClientRect().left + element.scrollWidth > viewport + 0.5 && !heldIn(element);
    const all = [...document.body.querySelectorAll('*')];
    let offenders = all.filter((element) => {
      const parent = element.parentElement;
      return boxOut(element) && !(parent && parent !== document.body && boxOut(parent));
    });
    if (offenders.length === 0) {
      offenders = all.filter((element) => textOut(element) && ![...element.children].some(textOut));
    }
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : '';
      const classes = [...element.classList]
        .slice(0, 6)
        .map((c) => `.${c}`)
        .join('');
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const right = Math.round(element.getBoundingClientRect().right);
      return `${element.tagName.toLowerCase()}${id}${classes} (right edge ${right} px) "${text}"`;
    };
    const list = offenders.slice(0, 5).map((element) => `\n      ${describe(element)}`);
    return [`overflow: the page is ${scrollWidth} px wide in a ${viewport} px viewport${list.join('')}`];
  });
}
