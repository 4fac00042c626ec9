// Confirmation for destructive actions: <button data-confirm="...">.
document.addEventListener('submit', function (event) {
  var submitter = event.submitter;
  var message = (submitter && submitter.dataset.confirm) || event.target.dataset.confirm;
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
// After an htmx swap, move focus to the first element marked for it, so keyboard and screen-reader users
// land on what changed.
document.addEventListener('htmx:afterSwap', function (event) {
  var target = event.detail.target.querySelector('[data-focus-after-swap]');
  if (target) { target.focus(); }
});
