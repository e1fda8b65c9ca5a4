// Sends the CSRF token with every htmx request (Spring Security checks it on POST).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
// After a failed form submission the error summary gets focus, so screen-reader users hear what to fix.
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.getElementById('foutoverzicht');
  if (summary) {
    summary.focus();
  }
});
