// The few behaviours pages declare, kept in xaso's own script: the pages' security policy runs no inline script and no
// eval (htmx's trigger filters would need it).
//
// data-complete="<pattern>" on a field: once its whole value matches, the field fires the event "complete" (an htmx
// trigger), once per value — e.g. a lookup when the 12th digit of an ID number is typed, not at every pause.
document.addEventListener('input', function (event) {
  var field = event.target;
  var pattern = field && field.getAttribute ? field.getAttribute('data-complete') : null;
  if (!pattern) {
    return;
  }
  var value = field.value.trim();
  if (new RegExp(pattern).test(value) && field.getAttribute('data-completed') !== value) {
    field.setAttribute('data-completed', value);
    field.dispatchEvent(new CustomEvent('complete', {bubbles: true}));
  }
});
