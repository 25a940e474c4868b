// Zoom and pan for the network drawing. Without this script the drawing keeps its natural size and the pane
// scrolls; with it, buttons (and + / - / 0 on the focused pane) zoom, and dragging the pane pans it.
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

  // Set up once per pane, on the first load and whenever htmx swaps a new map in (the page's forms are boosted).
  if (window.gevinstNetworkReady) {
    return;
  }
  window.gevinstNetworkReady = true;
  function setUpAll() {
    document.querySelectorAll('.network-pane').forEach(setUp);
  }
  document.addEventListener('DOMContentLoaded', setUpAll);
  document.addEventListener('htmx:afterSettle', setUpAll);
})();
