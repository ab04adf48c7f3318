/*
 * cookie-notice.js: example host-page script. Hides the page's static cookie notice
 * (already in the HTML, marked data-cookie-notice) when its OK button
 * (data-cookie-dismiss) is pressed, by setting `hidden` on it. It stores nothing.
 */
(function () {
  'use strict';

  function init() {
    var notices = document.querySelectorAll('[data-cookie-notice]');
    Array.prototype.forEach.call(notices, function (notice) {
      var button = notice.querySelector('[data-cookie-dismiss]');
      if (!button) {
        return;
      }
      button.addEventListener('click', function () {
        notice.hidden = true;
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
