// Zoom, pan and linking for the network drawing. Without this script the drawing keeps its natural size and the
// pane scrolls; with it, buttons (and + / - / 0 on the focused pane) zoom, dragging the pane pans it, and two boxes
// chosen in turn are linked through the link form.
(function () {
  function setUp(pane) {
    var svg = pane.querySelector('svg');
    if (!svg || pane.dataset.ready) {
      return;
    }
    pane.dataset.ready = 'true';
    var width = parseFloat(svg.getAttribute('width'));
    var height = parseFloat(svg.getAttribute('height'));
    var scale = 1;
    var status = document.getElementById(pane.dataset.zoomStatus);

    function zoomTo(next) {
      scale = Math.min(3, Math.max(0.1, next));
      svg.setAttribute('width', (width * scale).toFixed(1));
      svg.setAttribute('height', (height * scale).toFixed(1));
      if (status) {
        status.textContent = Math.round(scale * 100) + ' %';
      }
    }

    function fit() {
      var available = pane.clientWidth - 16;
      zoomTo(Math.min(1, available / width));
    }

    document.querySelectorAll('[data-zoom]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        var how = button.dataset.zoom;
        if (how === 'in') {
          zoomTo(scale * 1.25);
        } else if (how === 'out') {
          zoomTo(scale / 1.25);
        } else {
          fit();
        }
      });
    });

    pane.addEventListener('keydown', function (event) {
      if (event.key === '+') {
        zoomTo(scale * 1.25);
      } else if (event.key === '-') {
        zoomTo(scale / 1.25);
      } else if (event.key === '0') {
        fit();
      } else {
        return;
      }
      event.preventDefault();
    });

    // Dragging pans; a click without movement still follows the box's link.
    var drag = null;
    pane.addEventListener('pointerdown', function (event) {
      drag = {x: event.clientX, y: event.clientY, left: pane.scrollLeft, top: pane.scrollTop, moved: false};
    });
    pane.addEventListener('pointermove', function (event) {
      if (!drag) {
        return;
      }
      var dx = event.clientX - drag.x;
      var dy = event.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 4) {
        drag.moved = true;
        pane.classList.add('network-pane--panning');
      }
      pane.scrollLeft = drag.left - dx;
      pane.scrollTop = drag.top - dy;
    });
    pane.addEventListener('click', function (event) {
      if (drag && drag.moved) {
        event.preventDefault();
      }
      drag = null;
      pane.classList.remove('network-pane--panning');
    }, true);
    ['pointerup', 'pointerleave'].forEach(function (type) {
      pane.addEventListener(type, function () {
        if (drag && !drag.moved) {
          drag = null;
        }
        pane.classList.remove('network-pane--panning');
      });
    });
  }

  // Linking in the drawing: with the button pressed, the first box chosen (a click, or Enter or Space on a focused
  // box) is where the link goes from and the second where it goes to; both are then set in the link form, which is
  // sent as if its own button had been pressed, with its kind, share and lag. Escape or the button again cancels.
  // Without this script the boxes only open their records and the form is the way to link.
  function setUpLinking(pane) {
    var button = document.querySelector('[data-link-in-drawing]');
    var status = document.getElementById('link-status');
    var holder = button && document.getElementById(button.dataset.linkInDrawing);
    var form = holder && holder.querySelector('form');
    if (!form || !status) {
      return;
    }
    button.hidden = false;
    var linking = false;
    var from = null;

    function say(text) {
      status.textContent = text;
    }

    function stop(message) {
      linking = false;
      if (from) {
        from.classList.remove('node--chosen');
      }
      from = null;
      pane.classList.remove('network-pane--linking');
      button.setAttribute('aria-pressed', 'false');
      say(message || '');
    }

    function start() {
      linking = true;
      pane.classList.add('network-pane--linking');
      button.setAttribute('aria-pressed', 'true');
      say(button.dataset.chooseFrom);
    }

    function choose(box) {
      var node = box.querySelector('[data-id]');
      if (!node) {
        return;
      }
      if (!from) {
        from = node;
        node.classList.add('node--chosen');
        say(button.dataset.chooseTo.replace('{0}', node.dataset.label));
        return;
      }
      if (node === from) {
        say(button.dataset.same);
        return;
      }
      form.querySelector('[name=from]').value = from.dataset.id;
      form.querySelector('[name=to]').value = node.dataset.id;
      form.querySelector('[name=origin]').value = 'drawing';
      // The map swapped in after the link keeps the place the reader was looking at.
      window.gevinstNetworkScroll = {left: pane.scrollLeft, top: pane.scrollTop};
      stop();
      if (form.requestSubmit) {
        form.requestSubmit();
      } else {
        form.submit();
      }
    }

    button.addEventListener('click', function () {
      if (linking) {
        stop(button.dataset.cancelled);
      } else {
        start();
      }
    });
    pane.addEventListener('click', function (event) {
      var box = linking && !event.defaultPrevented && event.target.closest('a');
      if (box) {
        event.preventDefault();
        choose(box);
      }
    });
    pane.addEventListener('keydown', function (event) {
      if (!linking) {
        return;
      }
      var box = event.target.closest && event.target.closest('a');
      if (box && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        choose(box);
      }
    });
    document.addEventListener('keydown', function (event) {
      if (linking && event.key === 'Escape' && document.body.contains(pane)) {
        event.preventDefault();
        stop(button.dataset.cancelled);
      }
    });
  }

  // What came of a link (beside the form or the drawing that made it) is brought into view and given the focus once
  // htmx has swapped the page in, so that a keyboard or screen reader user goes on from there.
  function restoreScroll() {
    var pane = document.querySelector('.network-pane');
    var kept = window.gevinstNetworkScroll;
    if (pane && kept) {
      pane.scrollLeft = kept.left;
      pane.scrollTop = kept.top;
      window.gevinstNetworkScroll = null;
    }
  }

  function showLinkResult() {
    var result = document.querySelector('[data-link-result]');
    if (result && !result.dataset.shown) {
      result.dataset.shown = 'true';
      result.scrollIntoView({block: 'center'});
      result.focus({preventScroll: true});
    }
  }

  // Set up once per pane, on the first load and whenever htmx swaps a new map in (the page's forms are boosted).
  if (window.gevinstNetworkReady) {
    return;
  }
  window.gevinstNetworkReady = true;
  function setUpAll() {
    document.querySelectorAll('.network-pane').forEach(function (pane) {
      if (!pane.dataset.ready) {
        setUp(pane);
        setUpLinking(pane);
      }
    });
  }
  document.addEventListener('DOMContentLoaded', setUpAll);
  document.addEventListener('htmx:afterSettle', function () {
    setUpAll();
    restoreScroll();
    showLinkResult();
  });
})();
