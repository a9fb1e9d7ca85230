/*
 * Ticket911 mandate signing page: the drawn signature (bot/http/render-signing-page.ts).
 * Plain JS, no build step; loaded with `defer` after the global SignaturePad (signature_pad UMD).
 * The page works without this script: the typed name is then the signature. This script only
 * adds the drawing box, and holds no text of its own: messages come from the page's data- attributes.
 */
(function () {
  'use strict';

  // `defer` already runs after parsing; this also covers the script being loaded some other way.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();

  function start() {
    var form = document.getElementById('sign-form');
    if (!form) return;

    var submitButton = document.getElementById('sign-submit');
    var typedName = document.getElementById('typed-name');
    var methodField = document.getElementById('signature-method');
    var dataField = document.getElementById('signature-data');
    var errorLine = document.getElementById('sign-error');
    var submitting = false;
    var pad = createPad();

    function createPad() {
      var wrapper = document.getElementById('signature-pad-wrapper');
      var canvas = document.getElementById('signature-pad');
      var clearButton = document.getElementById('signature-clear');
      // Without the library (blocked, failed to load) the box stays hidden and the typed name signs.
      if (!wrapper || !canvas || typeof window.SignaturePad !== 'function') return null;

      wrapper.hidden = false;
      var signaturePad = new window.SignaturePad(canvas, { minWidth: 0.8, maxWidth: 2.6, penColor: 'rgb(17, 24, 39)' });
      var drawnWidth = 0;

      // The canvas backing store must match its CSS size times the pixel ratio, or strokes are
      // blurred and offset. Resizing clears a canvas, so the strokes are replayed from their data.
      function resize() {
        var width = canvas.offsetWidth;
        if (width === 0 || width === drawnWidth) return; // mobile toolbars resize the height only
        drawnWidth = width;
        var ratio = Math.max(window.devicePixelRatio || 1, 1);
        var strokes = signaturePad.toData();
        canvas.width = Math.round(width * ratio);
        canvas.height = Math.round(canvas.offsetHeight * ratio);
        canvas.getContext('2d').scale(ratio, ratio);
        signaturePad.clear();
        if (strokes.length) signaturePad.fromData(strokes);
      }

      resize();
      window.addEventListener('resize', resize);
      window.addEventListener('orientationchange', resize);

      signaturePad.addEventListener('endStroke', function () {
        hideError();
      });

      if (clearButton) {
        clearButton.addEventListener('click', function () {
          signaturePad.clear();
          dataField.value = '';
          methodField.value = 'typed';
        });
      }
      return signaturePad;
    }

    function hasDrawing() {
      return pad !== null && !pad.isEmpty();
    }

    function showError(message) {
      if (!errorLine || !message) return;
      errorLine.textContent = message;
      errorLine.hidden = false;
    }

    function hideError() {
      if (errorLine && errorLine.textContent === form.getAttribute('data-signature-missing')) errorLine.hidden = true;
    }

    if (typedName) typedName.addEventListener('input', hideError);

    form.addEventListener('submit', function (event) {
      if (submitting) {
        event.preventDefault();
        return;
      }
      if (hasDrawing()) {
        dataField.value = pad.toDataURL('image/png');
        methodField.value = 'drawn';
      } else {
        dataField.value = '';
        methodField.value = 'typed';
        if (!typedName || typedName.value.trim() === '') {
          event.preventDefault();
          showError(form.getAttribute('data-signature-missing'));
          if (typedName) typedName.focus();
          return;
        }
      }
      submitting = true;
      if (submitButton) submitButton.disabled = true;
    });

    // Coming back with the Back button restores this page from the cache, button still disabled.
    window.addEventListener('pageshow', function (event) {
      if (!event.persisted) return;
      submitting = false;
      if (submitButton) submitButton.disabled = false;
    });
  }
})();
