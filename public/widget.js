/*
 * Ticket911 web chat widget. Plain JS, no build step, no dependency.
 * API: /chat/sessions (see channels/web-chat/create-web-chat-router.ts).
 * Security: everything a driver or the bot wrote is put in the page with
 * textContent or createTextNode, never parsed as HTML; no inline script or
 * style (the page's CSP forbids both).
 */
(function () {
  'use strict';

  var root = document.getElementById('chat');
  if (!root) return;

  /* strings:start */
  var STRINGS = {
    fr: {
      pageTitle: 'Ticket911 — Contestez votre contravention',
      skipToChat: 'Aller au clavardage',
      languageLabel: 'Langue',
      heroTitle: 'Contestez votre contravention depuis votre téléphone',
      heroText: 'Envoyez une photo de votre constat et répondez à quelques questions. Notre assistant vous guide.',
      chatTitle: 'Discutez avec notre assistant',
      messagesLabel: 'Conversation',
      emptyHint: 'Commencez par envoyer une photo de votre constat, ou dites bonjour.',
      typing: 'L’assistant écrit…',
      dismiss: 'Fermer',
      removePhoto: 'Retirer',
      takePhoto: 'Prendre une photo',
      attachPhoto: 'Joindre une photo',
      inputLabel: 'Votre message',
      inputPlaceholder: 'Écrivez un message…',
      send: 'Envoyer',
      footer: 'Ne partagez jamais de numéro de carte bancaire dans le clavardage.',
      you: 'Vous',
      assistant: 'Assistant',
      yourPhoto: 'Photo envoyée',
      assistantImage: 'Image de l’assistant',
      previewAlt: 'Aperçu de la photo choisie',
      fileSent: 'Fichier joint',
      sending: 'Envoi…',
      failed: 'Non envoyé',
      retry: 'Réessayer',
      tooLarge: 'Photo trop volumineuse (max {max} Mo).',
      tooLong: 'Message trop long (max 2000 caractères).',
      empty: 'Écrivez un message ou ajoutez une photo.',
      offline: 'Connexion perdue. Reconnexion…',
      retrying: 'Le message n’est pas encore parti. Nouvel essai…',
      unavailable: 'Service momentanément indisponible. Réessayez dans un instant.',
      slowDown: 'Vous écrivez plus vite que nous ne pouvons lire : votre message partira dans {seconds} s.',
      expired: 'Votre conversation précédente a expiré. Une nouvelle commencera avec votre prochain message.',
      invalid: 'Ce message n’a pas pu être envoyé.',
      generic: 'Une erreur est survenue. Réessayez.'
    },
    en: {
      pageTitle: 'Ticket911 — Contest your traffic ticket',
      skipToChat: 'Skip to chat',
      languageLabel: 'Language',
      heroTitle: 'Contest your traffic ticket from your phone',
      heroText: 'Send a photo of your ticket and answer a few questions. Our assistant guides you.',
      chatTitle: 'Chat with our assistant',
      messagesLabel: 'Conversation',
      emptyHint: 'Start by sending a photo of your ticket, or say hello.',
      typing: 'The assistant is writing…',
      dismiss: 'Close',
      removePhoto: 'Remove',
      takePhoto: 'Take a photo',
      attachPhoto: 'Attach a photo',
      inputLabel: 'Your message',
      inputPlaceholder: 'Write a message…',
      send: 'Send',
      footer: 'Never share a credit card number in the chat.',
      you: 'You',
      assistant: 'Assistant',
      yourPhoto: 'Photo you sent',
      assistantImage: 'Image from the assistant',
      previewAlt: 'Preview of the chosen photo',
      fileSent: 'Attached file',
      sending: 'Sending…',
      failed: 'Not sent',
      retry: 'Retry',
      tooLarge: 'Photo too large (max {max} MB).',
      tooLong: 'Message too long (max 2000 characters).',
      empty: 'Write a message or add a photo.',
      offline: 'Connection lost. Reconnecting…',
      retrying: 'Your message has not gone through yet. Trying again…',
      unavailable: 'Service temporarily unavailable. Please try again in a moment.',
      slowDown: 'You are writing faster than we can read: your message will go in {seconds} s.',
      expired: 'Your previous conversation has expired. A new one will start with your next message.',
      invalid: 'This message could not be sent.',
      generic: 'Something went wrong. Please try again.'
    },
    es: {
      pageTitle: 'Ticket911 — Impugne su multa de tránsito',
      skipToChat: 'Ir al chat',
      languageLabel: 'Idioma',
      heroTitle: 'Impugne su multa de tránsito desde su teléfono',
      heroText: 'Envíe una foto de su multa y responda algunas preguntas. Nuestro asistente le guía.',
      chatTitle: 'Converse con nuestro asistente',
      messagesLabel: 'Conversación',
      emptyHint: 'Empiece enviando una foto de su multa, o salude.',
      typing: 'El asistente está escribiendo…',
      dismiss: 'Cerrar',
      removePhoto: 'Quitar',
      takePhoto: 'Tomar una foto',
      attachPhoto: 'Adjuntar una foto',
      inputLabel: 'Su mensaje',
      inputPlaceholder: 'Escriba un mensaje…',
      send: 'Enviar',
      footer: 'Nunca comparta un número de tarjeta de crédito en el chat.',
      you: 'Usted',
      assistant: 'Asistente',
      yourPhoto: 'Foto enviada',
      assistantImage: 'Imagen del asistente',
      previewAlt: 'Vista previa de la foto elegida',
      fileSent: 'Archivo adjunto',
      sending: 'Enviando…',
      failed: 'No enviado',
      retry: 'Reintentar',
      tooLarge: 'Foto demasiado grande (máx. {max} MB).',
      tooLong: 'Mensaje demasiado largo (máx. 2000 caracteres).',
      empty: 'Escriba un mensaje o agregue una foto.',
      offline: 'Conexión perdida. Reconectando…',
      retrying: 'Su mensaje aún no se ha enviado. Intentando de nuevo…',
      unavailable: 'Servicio no disponible por el momento. Inténtelo de nuevo en un instante.',
      slowDown: 'Escribe más rápido de lo que podemos leer: su mensaje saldrá en {seconds} s.',
      expired: 'Su conversación anterior expiró. Una nueva comenzará con su próximo mensaje.',
      invalid: 'No se pudo enviar este mensaje.',
      generic: 'Algo salió mal. Inténtelo de nuevo.'
    }
  };
  /* strings:end */

  var LANGUAGES = ['fr', 'en', 'es'];
  var MAX_TEXT = 2000;
  var PAGE_SIZE = 100;
  var SESSION_KEY = 'ticket911.webchat.session';
  var LANGUAGE_KEY = 'ticket911.webchat.language';
  var API = (root.getAttribute('data-api-base') || '') + '/chat/sessions';
  var MAX_UPLOAD_BYTES = Number(root.getAttribute('data-max-upload-bytes')) || 10 * 1024 * 1024;

  var $ = function (id) { return document.getElementById(id); };
  var list = $('chat-messages');
  var emptyHint = $('chat-empty');
  var typing = $('chat-typing');
  var notice = $('chat-notice');
  var noticeText = $('chat-notice-text');
  var form = $('chat-form');
  var input = $('chat-input');
  var fileInput = $('chat-file');
  var cameraInput = $('chat-camera');
  var preview = $('chat-preview');
  var previewImg = $('chat-preview-img');
  var previewName = $('chat-preview-name');

  var state = {
    lang: 'fr',
    session: null,          // { sessionId, token }
    sessionPromise: null,   // single flight for POST /chat/sessions
    cursor: null,           // last transcript cursor seen
    rendered: {},           // sessionId + ':' + transcript message id -> <li>
    pending: [],            // messages sent but not yet seen in the transcript
    file: null,
    previewUrl: null,
    events: null,           // EventSource
    reconnectDelay: 1000,
    reconnectTimer: null,
    typingTimer: null,
    preparing: false,       // a photo is being shrunk: ignore a second Enter
    noticeKey: null,
    noticeVars: null,
    noticeTimer: null
  };

  // ---------- storage (may throw: private mode, disabled storage) ----------

  function load(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function save(key, value) {
    try {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    } catch (e) { /* the chat still works for this page view */ }
  }
  function loadSession() {
    try {
      var s = JSON.parse(load(SESSION_KEY) || 'null');
      return s && typeof s.sessionId === 'string' && typeof s.token === 'string' ? s : null;
    } catch (e) { return null; }
  }

  // ---------- language ----------

  function t(key, vars) {
    var text = (STRINGS[state.lang] && STRINGS[state.lang][key]) || STRINGS.en[key] || key;
    if (vars) Object.keys(vars).forEach(function (name) { text = text.split('{' + name + '}').join(String(vars[name])); });
    return text;
  }

  function initialLanguage() {
    var fromUrl = new URLSearchParams(window.location.search).get('lang');
    var candidates = [fromUrl, load(LANGUAGE_KEY)].concat(navigator.languages || [navigator.language]);
    for (var i = 0; i < candidates.length; i++) {
      var primary = String(candidates[i] || '').toLowerCase().split('-')[0];
      if (LANGUAGES.indexOf(primary) !== -1) return primary;
    }
    return 'fr';
  }

  function applyLanguage(lang) {
    state.lang = lang;
    document.documentElement.lang = lang;
    document.title = t('pageTitle');
    document.querySelectorAll('[data-i18n]').forEach(function (el) { el.textContent = t(el.getAttribute('data-i18n')); });
    [['data-i18n-aria-label', 'aria-label'], ['data-i18n-placeholder', 'placeholder'], ['data-i18n-title', 'title'], ['data-i18n-alt', 'alt']]
      .forEach(function (pair) {
        document.querySelectorAll('[' + pair[0] + ']').forEach(function (el) { el.setAttribute(pair[1], t(el.getAttribute(pair[0]))); });
      });
    document.querySelectorAll('[data-lang]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-lang') === lang));
    });
    list.querySelectorAll('time[datetime]').forEach(function (el) { el.textContent = formatTime(el.getAttribute('datetime')); });
    if (state.noticeKey) showNotice(state.noticeKey, state.noticeVars);
    save(LANGUAGE_KEY, lang);
  }

  function formatTime(iso) {
    var date = new Date(iso);
    if (isNaN(date.getTime())) return '';
    try {
      return new Intl.DateTimeFormat(state.lang, { hour: 'numeric', minute: '2-digit' }).format(date);
    } catch (e) { return date.toLocaleTimeString(); }
  }

  // ---------- notices ----------

  function showNotice(key, vars, autoHideMs) {
    state.noticeKey = key;
    state.noticeVars = vars;
    noticeText.textContent = t(key, vars);
    notice.hidden = false;
    clearTimeout(state.noticeTimer);
    if (autoHideMs) state.noticeTimer = setTimeout(hideNotice, autoHideMs);
  }
  function hideNotice(onlyKey) {
    if (typeof onlyKey === 'string' && state.noticeKey !== onlyKey) return;
    state.noticeKey = null;
    notice.hidden = true;
    noticeText.textContent = '';
  }
  function noticeForError(error) {
    if (error.status === 413) return ['tooLarge', { max: Math.round(MAX_UPLOAD_BYTES / 1048576) }];
    if (error.status === 400 && error.code === 'text_too_long') return ['tooLong'];
    if (error.status === 400 && error.code === 'empty_message') return ['empty'];
    if (error.status === 0) return ['offline'];
    if (error.status === 503 || error.status === 502 || error.status === 504) return ['unavailable'];
    if (error.status >= 400 && error.status < 500) return ['invalid'];
    return ['generic'];
  }

  // ---------- HTTP ----------

  function ApiError(status, code, retryAfterSeconds) {
    this.status = status;
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  function request(method, path, options) {
    options = options || {};
    var headers = { Accept: 'application/json', 'Accept-Language': state.lang };
    if (options.token) headers.Authorization = 'Bearer ' + options.token;
    var body;
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.form) {
      body = options.form; // the browser sets the multipart boundary
    }
    return fetch(API + path, { method: method, headers: headers, body: body, cache: 'no-store', credentials: 'same-origin' })
      .catch(function () { throw new ApiError(0, 'network'); })
      .then(function (res) {
        return res.json().catch(function () { return null; }).then(function (data) {
          if (!res.ok) throw new ApiError(res.status, data && data.error && data.error.code, Number(res.headers.get('Retry-After')) || 0);
          return data;
        });
      });
  }

  function sessionPath(suffix) {
    return '/' + encodeURIComponent(state.session.sessionId) + suffix;
  }

  function isSessionGone(error) {
    return error.status === 401 || error.status === 404;
  }

  function forgetSession() {
    closeEvents();
    state.session = null;
    state.cursor = null;
    save(SESSION_KEY, null);
  }

  function ensureSession() {
    if (state.session) return Promise.resolve(state.session);
    if (!state.sessionPromise) {
      state.sessionPromise = request('POST', '', { json: { language: state.lang } })
        .then(function (session) {
          state.session = { sessionId: session.sessionId, token: session.token };
          save(SESSION_KEY, JSON.stringify(state.session));
          openEvents();
          return state.session;
        })
        .finally(function () { state.sessionPromise = null; });
    }
    return state.sessionPromise;
  }

  function mediaUrl(mediaId) {
    return API + sessionPath('/media/' + encodeURIComponent(mediaId)) + '?token=' + encodeURIComponent(state.session.token);
  }

  // ---------- rendering ----------

  var URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g;

  /** Text with its links made clickable; built from text nodes, never parsed as HTML. */
  function appendText(parent, text) {
    var p = document.createElement('p');
    var last = 0;
    text.replace(URL_PATTERN, function (url, index) {
      p.appendChild(document.createTextNode(text.slice(last, index)));
      var a = document.createElement('a');
      a.href = url;
      a.textContent = url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      p.appendChild(a);
      last = index + url.length;
      return url;
    });
    p.appendChild(document.createTextNode(text.slice(last)));
    parent.appendChild(p);
  }

  function appendImage(parent, src, alt, href) {
    var img = document.createElement('img');
    img.className = 'photo';
    img.src = src;
    img.alt = alt;
    img.decoding = 'async';
    // Keep the latest messages in view once the photo has its height.
    img.addEventListener('load', function () { if (isNearBottom(200)) scrollToBottom(); });
    if (!href) { parent.appendChild(img); return; }
    var a = document.createElement('a');
    a.className = 'photo-link';
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    a.appendChild(img);
    parent.appendChild(a);
  }

  function appendFile(parent, contentType) {
    var span = document.createElement('p');
    span.className = 'file';
    span.textContent = '📎 ' + t('fileSent') + (contentType ? ' (' + contentType + ')' : '');
    parent.appendChild(span);
  }

  function buildItem(direction, id) {
    var li = document.createElement('li');
    li.className = 'msg ' + (direction === 'in' ? 'msg-in' : 'msg-out');
    if (id) li.setAttribute('data-id', id);
    // Read before the message by screen readers: who wrote it.
    var who = document.createElement('span');
    who.className = 'visually-hidden';
    who.setAttribute('data-i18n', direction === 'in' ? 'you' : 'assistant');
    who.textContent = t(direction === 'in' ? 'you' : 'assistant');
    li.appendChild(who);
    var bubble = document.createElement('div');
    bubble.className = 'bubble';
    li.appendChild(bubble);
    var meta = document.createElement('div');
    meta.className = 'meta';
    li.appendChild(meta);
    return { li: li, bubble: bubble, meta: meta };
  }

  function setTime(meta, iso) {
    var time = document.createElement('time');
    time.setAttribute('datetime', iso);
    time.textContent = formatTime(iso);
    meta.textContent = '';
    meta.appendChild(time);
  }

  function isNearBottom(margin) {
    return list.scrollHeight - list.scrollTop - list.clientHeight < (margin || 80);
  }
  function scrollToBottom() {
    list.scrollTop = list.scrollHeight;
  }

  /** Transcript messages go before the messages still being sent, which stay at the bottom. */
  function insert(li, forceScroll) {
    var stick = forceScroll || isNearBottom();
    var firstPending = state.pending.length ? state.pending[0].li : null;
    list.insertBefore(li, firstPending && firstPending.parentNode === list ? firstPending : null);
    markStarted();
    if (!stick) return;
    // A reply taller than the list is shown from its first line, not its last.
    if (li.offsetHeight > list.clientHeight - 16 && !firstPending) list.scrollTop = li.offsetTop - 8;
    else scrollToBottom();
  }

  /** Once the driver is chatting, small screens give the hero's room to the conversation (see widget.css). */
  function markStarted() {
    emptyHint.hidden = true;
    document.body.classList.add('chat-started');
  }

  /** Ids are unique within a session; a new session (the old one expired) must not collide with what is on screen. */
  function renderedKey(messageId) {
    return (state.session ? state.session.sessionId : '') + ':' + messageId;
  }

  function renderTranscript(message) {
    if (!message || typeof message.id !== 'string' || state.rendered[renderedKey(message.id)]) return;
    // Our own message, now durably stored: the transcript copy replaces the pending one.
    var pending = state.pending.filter(function (p) { return p.messageKey === renderedKey(message.id); })[0];
    if (pending) dropPending(pending);
    var item = buildItem(message.direction, message.id);
    (message.media || []).forEach(function (media) {
      if (/^image\//.test(media.contentType || '')) {
        var url = mediaUrl(media.id);
        appendImage(item.bubble, url, t(message.direction === 'in' ? 'yourPhoto' : 'assistantImage'), url);
      } else {
        appendFile(item.bubble, media.contentType);
      }
    });
    if (message.text) appendText(item.bubble, message.text);
    setTime(item.meta, message.createdAt);
    state.rendered[renderedKey(message.id)] = item.li;
    insert(item.li, message.direction === 'in');
    if (message.direction === 'out') hideTyping();
  }

  function accept(messages) {
    messages.forEach(renderTranscript);
  }

  // ---------- pending (optimistic) messages ----------

  function renderPending(pending) {
    var item = buildItem('in');
    if (pending.file) {
      if (/^image\//.test(pending.file.type)) {
        pending.blobUrl = URL.createObjectURL(pending.file);
        appendImage(item.bubble, pending.blobUrl, t('yourPhoto'));
      } else {
        appendFile(item.bubble, pending.file.type);
      }
    }
    if (pending.text) appendText(item.bubble, pending.text);
    pending.li = item.li;
    pending.meta = item.meta;
    list.appendChild(item.li);
    markStarted();
    scrollToBottom();
  }

  function setPendingStatus(pending, status) {
    pending.li.classList.toggle('msg-failed', status === 'failed');
    pending.meta.textContent = '';
    var label = document.createElement('span');
    label.textContent = t(status === 'failed' ? 'failed' : 'sending');
    pending.meta.appendChild(label);
    if (status === 'failed') {
      var retry = document.createElement('button');
      retry.type = 'button';
      retry.className = 'retry-button';
      retry.textContent = t('retry');
      retry.addEventListener('click', function () {
        pending.attempts = 0;
        send(pending);
      });
      pending.meta.appendChild(retry);
    }
  }

  function dropPending(pending) {
    state.pending = state.pending.filter(function (p) { return p !== pending; });
    if (pending.li && pending.li.parentNode) pending.li.parentNode.removeChild(pending.li);
    if (pending.blobUrl) URL.revokeObjectURL(pending.blobUrl);
    if (!list.children.length) emptyHint.hidden = false;
  }

  function uuid() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') return window.crypto.randomUUID();
    // randomUUID needs a secure context (HTTPS); a test over plain HTTP on a LAN still gets a v4 id.
    var bytes = window.crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  // ---------- sending ----------

  function post(pending) {
    return ensureSession().then(function (session) {
      if (pending.file) {
        var form = new FormData();
        form.append('clientMessageId', pending.clientMessageId);
        if (pending.text) form.append('text', pending.text);
        form.append('image', pending.file, pending.file.name || 'photo.jpg');
        return request('POST', sessionPath('/messages'), { token: session.token, form: form });
      }
      return request('POST', sessionPath('/messages'), {
        token: session.token,
        json: { text: pending.text, clientMessageId: pending.clientMessageId }
      });
    });
  }

  function send(pending) {
    setPendingStatus(pending, 'sending');
    return post(pending).then(function (result) {
      hideNotice('retrying');
      hideNotice('unavailable');
      pending.messageKey = renderedKey(result.messageId);
      // The event stream may have delivered the stored copy before this answer.
      if (state.rendered[pending.messageKey]) dropPending(pending);
      else pending.meta.textContent = '';
      showTyping();
      if (!state.events) openEvents();
    }).catch(function (error) {
      if (!(error instanceof ApiError)) error = new ApiError(-1, 'client');
      pending.attempts = (pending.attempts || 0) + 1;
      if (isSessionGone(error) && state.session && pending.attempts < 3) {
        // The stored session is gone (expired, database reset): start a new one and send again.
        forgetSession();
        return send(pending);
      }
      if (error.status === 429 && (pending.throttled || 0) < 10) {
        // Over the session's budget: nothing was stored. Wait as long as the
        // server says, then send the same clientMessageId again.
        var seconds = Math.min(120, Math.max(1, error.retryAfterSeconds || 5));
        pending.attempts--;
        pending.throttled = (pending.throttled || 0) + 1;
        showNotice('slowDown', { seconds: seconds });
        setTimeout(function () { hideNotice('slowDown'); send(pending); }, seconds * 1000);
        return;
      }
      var retryable = error.status === 0 || error.status >= 500;
      if (retryable && pending.attempts < 4) {
        // Same clientMessageId on every attempt: the server deduplicates a POST that did arrive.
        showNotice('retrying');
        setTimeout(function () { send(pending); }, 1000 * Math.pow(2, pending.attempts));
        return;
      }
      var n = noticeForError(error);
      showNotice(n[0], n[1]);
      if (retryable) {
        setPendingStatus(pending, 'failed');
      } else {
        // Retrying would fail the same way: give the text back to fix it.
        dropPending(pending);
        if (pending.text && !input.value) input.value = pending.text;
      }
    });
  }

  /** Phone photos can exceed the limit: re-encode large JPEG/PNG/WebP at a size still sharp enough to read a ticket. */
  function shrinkIfTooLarge(file) {
    if (file.size <= MAX_UPLOAD_BYTES || !/^image\/(jpeg|png|webp)$/.test(file.type) || typeof createImageBitmap !== 'function') {
      return Promise.resolve(file);
    }
    return createImageBitmap(file).then(function (bitmap) {
      var sides = [3200, 2400, 1800];
      function attempt(i) {
        if (i >= sides.length) return file;
        var scale = Math.min(1, sides[i] / Math.max(bitmap.width, bitmap.height));
        var canvas = document.createElement('canvas');
        canvas.width = Math.round(bitmap.width * scale);
        canvas.height = Math.round(bitmap.height * scale);
        canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
        return new Promise(function (resolve) { canvas.toBlob(resolve, 'image/jpeg', 0.85); }).then(function (blob) {
          if (blob && blob.size <= MAX_UPLOAD_BYTES) {
            return new File([blob], (file.name || 'photo').replace(/\.[^.]*$/, '') + '.jpg', { type: 'image/jpeg' });
          }
          return attempt(i + 1);
        });
      }
      return attempt(0);
    }).catch(function () { return file; });
  }

  function submit() {
    if (state.preparing) return;
    var text = input.value.trim();
    var file = state.file;
    if (!text && !file) { showNotice('empty', null, 6000); input.focus(); return; }
    if (text.length > MAX_TEXT) { showNotice('tooLong'); return; }
    hideNotice();
    state.preparing = true;
    (file ? shrinkIfTooLarge(file) : Promise.resolve(null)).then(function (ready) {
      state.preparing = false;
      if (ready && ready.size > MAX_UPLOAD_BYTES) {
        showNotice('tooLarge', { max: Math.round(MAX_UPLOAD_BYTES / 1048576) });
        return;
      }
      var pending = { clientMessageId: uuid(), text: text, file: ready, attempts: 0 };
      input.value = '';
      clearFile();
      state.pending.push(pending);
      renderPending(pending);
      send(pending);
    });
  }

  // ---------- photo choice ----------

  function chooseFile(file) {
    if (!file) return;
    clearFile();
    state.file = file;
    previewName.textContent = file.name || '';
    if (/^image\//.test(file.type)) {
      state.previewUrl = URL.createObjectURL(file);
      previewImg.src = state.previewUrl;
      previewImg.alt = t('previewAlt');
      previewImg.hidden = false;
    }
    preview.hidden = false;
    if (file.size > MAX_UPLOAD_BYTES && !/^image\/(jpeg|png|webp)$/.test(file.type)) {
      showNotice('tooLarge', { max: Math.round(MAX_UPLOAD_BYTES / 1048576) });
    }
  }

  function clearFile() {
    state.file = null;
    if (state.previewUrl) URL.revokeObjectURL(state.previewUrl);
    state.previewUrl = null;
    previewImg.removeAttribute('src');
    previewImg.hidden = true;
    previewName.textContent = '';
    preview.hidden = true;
    fileInput.value = '';
    cameraInput.value = '';
  }

  // ---------- typing indicator ----------

  function showTyping() {
    typing.hidden = false;
    clearTimeout(state.typingTimer);
    state.typingTimer = setTimeout(hideTyping, 30000);
  }
  function hideTyping() {
    typing.hidden = true;
    clearTimeout(state.typingTimer);
  }

  // ---------- live updates ----------

  function catchUp() {
    return request('GET', sessionPath('/messages') + '?limit=' + PAGE_SIZE + (state.cursor ? '&after=' + encodeURIComponent(state.cursor) : ''), {
      token: state.session.token
    }).then(function (page) {
      accept(page.messages || []);
      if (page.cursor) state.cursor = page.cursor;
      if ((page.messages || []).length >= PAGE_SIZE) return catchUp();
    });
  }

  function openEvents() {
    if (!state.session || state.events || typeof window.EventSource !== 'function') return;
    var url = API + sessionPath('/events') + '?token=' + encodeURIComponent(state.session.token) +
      (state.cursor ? '&after=' + encodeURIComponent(state.cursor) : '');
    var events = new EventSource(url);
    state.events = events;
    events.addEventListener('open', function () {
      state.reconnectDelay = 1000;
      hideNotice('offline');
    });
    events.addEventListener('message', function (event) {
      var message;
      try { message = JSON.parse(event.data); } catch (e) { return; }
      renderTranscript(message);
      if (event.lastEventId) state.cursor = event.lastEventId;
    });
    events.addEventListener('error', function () {
      if (events.readyState !== EventSource.CLOSED) return; // the browser reconnects by itself, with Last-Event-ID
      // Closed for good (HTTP error, server restart mid-handshake): reconnect ourselves, after a catch-up.
      closeEvents();
      showNotice('offline');
      scheduleReconnect();
    });
  }

  function closeEvents() {
    if (state.events) state.events.close();
    state.events = null;
    clearTimeout(state.reconnectTimer);
    state.reconnectTimer = null;
  }

  function scheduleReconnect() {
    clearTimeout(state.reconnectTimer);
    state.reconnectTimer = setTimeout(reconnect, state.reconnectDelay);
    state.reconnectDelay = Math.min(state.reconnectDelay * 2, 30000);
  }

  function reconnect() {
    state.reconnectTimer = null;
    if (!state.session || state.events) return;
    catchUp().then(function () {
      hideNotice('offline');
      openEvents();
    }).catch(function (error) {
      if (isSessionGone(error)) {
        forgetSession();
        showNotice('expired');
      } else {
        scheduleReconnect();
      }
    });
  }

  function resume() {
    state.session = loadSession();
    if (!state.session) return;
    // The history is not news: screen readers should not read it all out on load.
    list.setAttribute('aria-busy', 'true');
    catchUp().then(openEvents).catch(function (error) {
      if (isSessionGone(error)) {
        forgetSession();
        showNotice('expired', null, 10000);
      } else {
        showNotice('offline');
        scheduleReconnect();
      }
    }).finally(function () { list.removeAttribute('aria-busy'); });
  }

  // ---------- wiring ----------

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    submit();
  });
  input.addEventListener('keydown', function (event) {
    // Enter sends, Shift+Enter starts a new line; not while an IME composes a word.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });
  input.addEventListener('paste', function (event) {
    var items = (event.clipboardData && event.clipboardData.files) || [];
    if (items.length && /^image\//.test(items[0].type)) {
      event.preventDefault();
      chooseFile(items[0]);
    }
  });
  $('chat-attach-button').addEventListener('click', function () { fileInput.click(); });
  $('chat-camera-button').addEventListener('click', function () { cameraInput.click(); });
  fileInput.addEventListener('change', function () { chooseFile(fileInput.files && fileInput.files[0]); });
  cameraInput.addEventListener('change', function () { chooseFile(cameraInput.files && cameraInput.files[0]); });
  // A file the browser cannot display (HEIC on some desktops, a damaged file): no broken-image icon.
  previewImg.addEventListener('error', function () { previewImg.hidden = true; });
  $('chat-preview-remove').addEventListener('click', function () { clearFile(); input.focus(); });
  $('chat-notice-close').addEventListener('click', function () { hideNotice(); input.focus(); });
  document.querySelectorAll('[data-lang]').forEach(function (button) {
    button.addEventListener('click', function () { applyLanguage(button.getAttribute('data-lang')); });
  });
  // Phones suspend background tabs: catch up as soon as the page is back.
  function wake() {
    if (document.visibilityState === 'visible' && state.session && !state.events) {
      clearTimeout(state.reconnectTimer);
      reconnect();
    }
  }
  document.addEventListener('visibilitychange', wake);
  window.addEventListener('online', wake);

  applyLanguage(initialLanguage());
  resume();
})();
