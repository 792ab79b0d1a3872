/* global window, document */
// Applies the remembered theme (src/features/theme/theme.ts) before the first paint: a classic
// script in <head>, a file rather than inline because the Content-Security-Policy allows 'self' only.
(function () {
  var choice = null;
  try {
    choice = window.localStorage.getItem('roster.theme');
  } catch {
    // Storage blocked (private mode, policy): follow the system.
  }
  var dark =
    choice === 'dark' || (choice !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
})();
