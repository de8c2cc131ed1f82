// Suggestions under the search box as the person types. The page works without this script: the
// form submits as usual. Text is set with textContent only, never as HTML.
(function () {
  'use strict';
  var input = document.getElementById('q');
  var list = document.getElementById('suggestions');
  if (!input || !list || !window.fetch) {
    return;
  }
  var timer = null;
  var asked = 0;

  function show(suggestions) {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    suggestions.forEach(function (s) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = s.url;
      link.textContent = s.text;
      var kind = document.createElement('span');
      kind.className = 'tag';
      kind.textContent = s.kind;
      item.appendChild(link);
      item.appendChild(kind);
      list.appendChild(item);
    });
    list.hidden = suggestions.length === 0;
  }

  function ask() {
    var typed = input.value.trim();
    var mine = ++asked;
    if (typed.length < 2) {
      show([]);
      return;
    }
    fetch('/search/suggest?q=' + encodeURIComponent(typed), { credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
      .then(function (body) {
        if (mine === asked) { // an older answer arriving late must not replace a newer one
          show(body.suggestions || []);
        }
      })
      .catch(function () { show([]); });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 150);
  });
})();
