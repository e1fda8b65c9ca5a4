// Brede intake screen (intake module). Each section is its own form, posted and replaced by htmx.
// htmx swaps only 2xx answers by default; a refused section (400, messages beside the fields, input kept) or a
// conflict (409) comes back as that section too, so let those swap.
document.addEventListener('htmx:beforeSwap', function (event) {
  var status = event.detail.xhr.status;
  if ((status === 400 || status === 409) && event.detail.elt.closest('.regie-intake')) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
// After a swap the button that was pressed is gone: move focus to what the server marked (the 'opgeslagen'
// message or the error summary), so keyboard and screen-reader users hear the result.
document.addEventListener('htmx:afterSettle', function () {
  var target = document.querySelector('.regie-intake [data-regie-focus]');
  if (target) {
    target.removeAttribute('data-regie-focus');
    target.focus();
  }
});
// On a full page load (no JavaScript swap, e.g. after a refused form) the same element gets focus.
document.addEventListener('DOMContentLoaded', function () {
  var target = document.querySelector('.regie-intake [data-regie-focus]');
  if (target && !document.getElementById('foutoverzicht')) {
    target.removeAttribute('data-regie-focus');
    target.focus();
  }
});
