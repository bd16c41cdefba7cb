// Records the widget's pa-error events in window.paErrors and on the page.
// Loaded (deferred) before the widget's module, so no event is missed.
window.paErrors = [];
const output = document.getElementById('errors');

for (const element of document.querySelectorAll('pain-assessment')) {
  element.addEventListener('pa-error', (event) => {
    window.paErrors.push(event.detail);
    output.textContent = JSON.stringify(window.paErrors, null, 2);
  });
}
