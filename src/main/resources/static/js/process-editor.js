// The BPMN editor (issue 19): bpmn-js draws the diagram from the XML in the form's text field, and writes the XML
// back into it on every change. The server checks the XML and draws the SVG itself; no SVG is sent from here.
// Without JavaScript, or if bpmn-js fails to load, the text field stays and the XML is edited as text.
(function () {
  'use strict';

  function start() {
    var canvas = document.getElementById('bpmn-canvas');
    var form = document.getElementById('diagram-form');
    var field = document.getElementById('bpmn');
    if (!canvas || !form || !field || typeof window.BpmnJS !== 'function') {
      return;
    }
    var modeler = new window.BpmnJS({ container: canvas });
    canvas.hidden = false;
    modeler.importXML(field.value).then(function () {
      modeler.get('canvas').zoom('fit-viewport');
      if (field.getAttribute('aria-invalid') !== 'true') {
        document.getElementById('bpmn-field').hidden = true;
      }
      canvas.setAttribute('data-ready', 'true');
    }).catch(function () {
      // The XML cannot be drawn: leave it as text, where the server's message names what is wrong.
      canvas.hidden = true;
    });
    // Every change is written back into the text field at once, so the form is sent as it is, with or without
    // this script.
    modeler.on('commandStack.changed', function () {
      modeler.saveXML({ format: true }).then(function (result) {
        field.value = result.xml;
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
