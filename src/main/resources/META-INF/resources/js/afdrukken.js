// The print button of the advice and pre-screen pages; a file of its own because the pages allow no inline script.
document.querySelectorAll('[data-afdrukken]').forEach(function (knop) {
  knop.addEventListener('click', function () { window.print(); });
});
