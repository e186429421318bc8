/**
 * "Exit this page" without waiting for React: an inline script at the top of <body>, before the
 * content (GOV.UK's `data-module` pattern, by event delegation on the document), so the button
 * and Shift × 3 work from the moment the button is on screen. It reads the exit URL and the words
 * it announces from the button's own attributes (ExitThisPageButton), so it is the same in every
 * edition. Without JavaScript the button is a plain link to the same neutral site.
 */
export const exitThisPageScript = `(function () {
  var d = document, selector = '[data-module="exit-this-page"]', wait = 5000;
  var count = 0, modified = false, timer, clearTimer;
  function say(text) {
    var status = d.querySelector('[data-exit-status]');
    if (status) status.textContent = text;
  }
  function show(button, presses) {
    if (presses) button.setAttribute('data-presses', presses);
    else button.removeAttribute('data-presses');
  }
  function exit(button) {
    d.body.classList.add('exit-this-page-hide-content');
    var overlay = d.createElement('div');
    overlay.className = 'exit-this-page-overlay';
    overlay.setAttribute('role', 'alert');
    d.body.appendChild(overlay);
    overlay.textContent = button.getAttribute('data-activated');
    var referrer = d.createElement('meta');
    referrer.name = 'referrer';
    referrer.content = 'no-referrer';
    d.head.appendChild(referrer);
    location.replace(button.href);
  }
  function expire(button) {
    clearTimeout(timer);
    timer = undefined;
    count = 0;
    show(button, 0);
    say(button.getAttribute('data-timed-out'));
    clearTimer = setTimeout(function () { say(''); }, wait);
  }
  d.addEventListener('click', function (event) {
    var button = event.target instanceof Element && event.target.closest(selector);
    if (!button) return;
    event.preventDefault();
    exit(button);
  });
  d.addEventListener('keydown', function (event) {
    if (event.key !== ' ' || !(event.target instanceof Element) || !event.target.matches(selector)) return;
    event.preventDefault();
    exit(event.target);
  });
  d.addEventListener('keyup', function (event) {
    var button = d.querySelector(selector);
    if (button && event.key === 'Shift' && !modified) {
      clearTimeout(clearTimer);
      clearTimeout(timer);
      count += 1;
      if (count >= 3) {
        count = 0;
        show(button, 0);
        say('');
        exit(button);
      } else {
        show(button, count);
        say(button.getAttribute(count === 1 ? 'data-press-two' : 'data-press-one'));
        timer = setTimeout(function () { expire(button); }, wait);
      }
    } else if (button && timer !== undefined) {
      expire(button);
    }
    modified = event.shiftKey;
  }, true);
  addEventListener('pageshow', function () {
    d.body.classList.remove('exit-this-page-hide-content');
    d.querySelectorAll('.exit-this-page-overlay').forEach(function (overlay) { overlay.remove(); });
    var button = d.querySelector(selector);
    count = 0;
    if (button) show(button, 0);
    say('');
  });
})();`;
