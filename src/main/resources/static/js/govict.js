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
// The organisation tree: a toggle button opens a unit's sub-units, loaded by htmx, and closes them again.
// Written here rather than in the template because the Content-Security-Policy allows no inline script.
document.addEventListener('click', function (event) {
  var toggle = event.target.closest('.tree-toggle');
  if (!toggle) { return; }
  var container = document.getElementById(toggle.getAttribute('aria-controls'));
  var icon = toggle.querySelector('.bi');
  if (toggle.getAttribute('aria-expanded') === 'true') {
    toggle.setAttribute('aria-expanded', 'false');
    container.innerHTML = '';
    if (icon) { icon.classList.replace('bi-dash-square', 'bi-plus-square'); }
  } else {
    toggle.setAttribute('aria-expanded', 'true');
    if (icon) { icon.classList.replace('bi-plus-square', 'bi-dash-square'); }
    htmx.ajax('GET', toggle.dataset.childrenUrl, { target: container, swap: 'innerHTML' });
  }
});
