import { useState } from 'react';

/**
 * The element that opened a dialog, to give focus back to when it closes. Radix does this only for
 * a Dialog.Trigger; our dialogs are controlled (opened from buttons, menu items, a notification),
 * so Dialog and ConfirmDialog remember `document.activeElement` as they open. A menu item or a
 * button in a popover goes away with its menu or popover, so for one the trigger that controls it
 * is remembered instead (through nested submenus).
 */
function focusReturnTarget(): HTMLElement | null {
  let active = document.activeElement;
  for (let depth = 0; depth < 4 && active; depth++) {
    const popup = active.closest('[data-radix-popper-content-wrapper] > [id]');
    if (!popup) break;
    active =
      document.querySelector(`[aria-controls="${CSS.escape(popup.id)}"]`) ??
      document.getElementById(popup.getAttribute('aria-labelledby') ?? '');
  }
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/**
 * Gives a dialog's `onCloseAutoFocus` that returns focus to what opened it. If that element is
 * gone or hidden (the row it sat in was removed), focus goes to the page's main region rather than
 * the body, unless something else already took it (an outer dialog restoring its own opener).
 */
export function useFocusReturn(open: boolean): (event: Event) => void {
  const [target, setTarget] = useState(() => (open ? focusReturnTarget() : null));
  const [wasOpen, setWasOpen] = useState(open);
  // Read while rendering the opening: the menu that opened the dialog is still in the document.
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setTarget(focusReturnTarget());
  }
  return (event) => {
    event.preventDefault();
    target?.focus();
    // Gone, or hidden now (the sidebar's switcher when the window narrowed to the drawer layout).
    if (document.activeElement === document.body || !document.activeElement)
      document.getElementById('main')?.focus();
  };
}
