// The quiz player island (quiz.html). It starts or resumes an attempt through the assessment API,
// shows every item, and keeps the learner's work safe on bad networks:
//
// - every answer is written to IndexedDB the moment it changes (quiz-store.js), together with the
//   attempt as the server presented it, so a reload, a closed tab or an offline start shows it all
//   again from this device;
// - drafts go to the server too (debounced), when there is a network; failures are ignored, since
//   the device holds the answers and the submission carries them all;
// - a submission gets its idempotency key once, is written to IndexedDB before it is sent, and is
//   resent with that same key (on the `online` event, on a timer with backoff, and whenever the
//   page opens again) until the server answers it, so the server counts it exactly once;
// - the status line (role="status", polite) always says where the answers are;
// - when the quiz gives immediate feedback, each item the server grades has a "Check answer"
//   button: the learner asks, the server judges that one answer and counts the try, and the
//   verdict is said in words in the item's own live region. Checking needs the network; offline
//   the button says so, and answering, saving and submitting go on as always. Nothing is ever
//   checked without the learner asking.
//
// The service worker (quiz-sw.js) keeps this page and its files, so the quiz opens offline.

import * as store from './quiz-store.js';
import { el, fragment, renderItem } from './quiz-items.js';

const RETRY_FIRST_MS = 5_000;
const RETRY_MAX_MS = 60_000;
const DRAFT_DELAY_MS = 1_500;

const root = document.getElementById('quiz');
if (root) {
  quizPlayer(root).start();
}

function quizPlayer(root) {
  const cfg = root.dataset;
  const ref = store.quizRef(cfg.learner, cfg.courseSlug, cfg.activityKey);
  const quizPath = `/courses/${encodeURIComponent(cfg.courseSlug)}/quizzes/${encodeURIComponent(cfg.activityKey)}`;
  const statusLine = root.querySelector('#quiz-status');
  const offlineNote = root.querySelector('#quiz-offline-note');
  const body = root.querySelector('#quiz-body');
  let csrfToken = cfg.csrfToken;

  let record = null;        // the IndexedDB record of the attempt on screen
  let controllers = [];     // one per item, in order (quiz-items.js)
  let storageWorks = true;  // false where the browser refuses IndexedDB (answers then live in the page only)
  let sending = false;
  let waitReason = null;    // why a queued submission waits: offline | network | server | signed-out
  let waitDetail = '';
  let retryTimer = null;
  let retryDelay = 0;
  let draftTimer = null;
  let deadlineTimer = null;
  let activeKey = null;     // the item the learner is working on, for seconds per item
  let activeSince = 0;
  let started = false;      // an attempt (or a stored one) is on screen
  let confirmUnanswered = false;
  let csrfRefreshed = false;
  let workerNote = '';      // what the offline note says once the service worker keeps the page
  let checkParts = new Map(); // item key -> its Check answer button and verdict (immediate feedback only)

  // ---------------------------------------------------------------------------------- start up

  function start() {
    keepOffline();
    keepFocusInView();
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', () => { updateChecks(); updateStatus(); });
    document.addEventListener('visibilitychange', () => {
      tick();
      if (document.visibilityState === 'hidden') persist();
    });
    window.addEventListener('pagehide', () => { tick(); persist(); });
    load();
  }

  async function load() {
    let local = [];
    try {
      local = await store.forQuiz(ref);
    } catch {
      storageWorks = false;
    }
    // A submission waiting to be sent goes first: the page shows it and sends it again.
    const pending = local.find((r) => r.submission && r.submission.state === 'queued');
    if (pending) {
      record = pending;
      showAttempt();
      sendPending();
      return;
    }
    let info;
    try {
      info = await api('GET', quizPath);
    } catch {
      startOffline(local);
      return;
    }
    if (info.signedOut) {
      const open = local.find(isOpen);
      if (open) {
        record = open;
        showAttempt();
      } else {
        showMessage('Your session has ended. Sign in again to take this quiz.', true);
      }
      return;
    }
    if (!info.ok) {
      showMessage(problemText(info.json, 'The quiz could not be loaded.'), true);
      setStatus('Nothing to save: the quiz could not be loaded.');
      return;
    }
    if (local.some(isOpen) || openAttemptIn(info.json)) {
      await begin();
    } else {
      showIntro(info.json, local[0]);
    }
  }

  function isOpen(r) {
    return !r.submission && !r.closed;
  }

  /** Whether the quiz document lists an open attempt of the caller (its shape is read defensively). */
  function openAttemptIn(quiz) {
    const attempts = (quiz && (quiz.attempts || quiz.myAttempts)) || [];
    return Array.isArray(attempts) && attempts.some((a) => a && a.status === 'OPEN');
  }

  function startOffline(local) {
    const open = local.find(isOpen);
    if (open) {
      record = open;
      showAttempt();
      return;
    }
    if (local[0]) {
      record = local[0];
      showAttempt();
      return;
    }
    showMessage('You are offline, and this quiz has not been started on this device yet. '
      + 'It starts as soon as the connection returns.', false);
    setStatus('Nothing answered yet — you are offline.');
  }

  /** Starts an attempt, or resumes the open one (the server answers 201 or 200). */
  async function begin() {
    setStatus('Starting the quiz…');
    let response;
    try {
      response = await api('POST', `${quizPath}/attempts`, {});
    } catch {
      startOffline(storageWorks ? await store.forQuiz(ref).catch(() => []) : []);
      return;
    }
    if (response.signedOut) {
      showMessage('Your session has ended. Sign in again to take this quiz.', true);
      setStatus('Nothing answered yet.');
      return;
    }
    if (!response.ok) {
      showMessage(problemText(response.json, 'The quiz could not be started.'), true);
      setStatus('Nothing answered yet: the quiz could not be started.');
      return;
    }
    await adopt(response.json);
  }

  /** Takes the attempt the server presented: this device's answers first, then the server's draft. */
  async function adopt(attempt) {
    let existing;
    try {
      existing = await store.get(attempt.id);
      // An attempt this device still had open, which the server closed (time up, or submitted
      // elsewhere), is left as it is: it is no longer offered for answering.
      for (const stale of (await store.forQuiz(ref)).filter((r) => isOpen(r) && r.id !== attempt.id)) {
        stale.closed = true;
        await store.put(stale);
      }
    } catch {
      storageWorks = false;
    }
    record = existing || {
      id: attempt.id, quiz: ref, learner: cfg.learner, courseSlug: cfg.courseSlug, activityKey: cfg.activityKey,
      startedAt: attempt.startedAt || new Date().toISOString(), answers: {}, items: {}, submission: null,
    };
    record.attempt = attempt;
    // The server's clock against this device's, for the time left (the deadline is the server's).
    const serverTime = Date.parse(attempt.serverTime || '');
    record.skewMs = Number.isFinite(serverTime) ? serverTime - Date.now() : 0;
    for (const [key, answer] of Object.entries(attempt.draft || {})) {
      if (!(key in record.answers) && answer !== null) record.answers[key] = answer;
    }
    await persist();
    showAttempt();
  }

  // ------------------------------------------------------------------------------- rendering

  function showMessage(text, error) {
    body.replaceChildren(el('p', { class: error ? 'message error' : 'message', text }));
  }

  function showIntro(quiz, last) {
    const facts = el('ul', { class: 'quiz-facts' });
    const settings = (quiz && (quiz.settings || quiz.quiz)) || quiz || {};
    const fact = (text) => facts.append(el('li', { text }));
    const itemCount = settings.itemCount ?? settings.items?.length;
    if (Number.isFinite(itemCount)) fact(`${itemCount} questions`);
    if (settings.mode === 'PRACTICE') fact('Practice: as many attempts as you like.');
    const limit = settings.timeLimitMinutes;
    fact(limit ? `Time limit: ${limit} minutes from the start.` : 'No time limit.');
    const allowed = settings.allowedAttempts ?? settings.attemptsAllowed;
    const used = Array.isArray(quiz.attempts) ? quiz.attempts.length : null;
    if (allowed) fact(used === null ? `Attempts allowed: ${allowed}.` : `Attempts used: ${used} of ${allowed}.`);
    if (settings.due) fact(`Due: ${formatTime(settings.due)}.`);
    if (settings.feedback === 'IMMEDIATE') {
      fact('You can check each answer before you submit, as often as you like; every check counts as a try. '
        + 'Checking needs a connection.');
    }
    fact('Your answers are saved on this device as you give them, so a lost connection loses nothing.');
    const button = el('button', { type: 'button', id: 'quiz-start', text: 'Start the quiz' });
    button.addEventListener('click', () => { button.disabled = true; begin(); });
    const parts = [el('h2', { text: 'Before you start' }), facts];
    if (last && last.submission && last.submission.state === 'sent') {
      parts.push(el('p', { text: `Your last attempt on this device: ${sentText(last.submission.response)}` }));
    }
    parts.push(button);
    body.replaceChildren(el('section', { class: 'quiz-intro', 'aria-label': 'About this quiz' }, ...parts));
    setStatus('Not started yet — nothing to save.');
  }

  function showAttempt() {
    started = true;
    const attempt = record.attempt;
    const items = attempt.items || [];
    const form = el('form', { class: 'quiz-form', novalidate: true, 'aria-label': 'Quiz questions' });
    form.addEventListener('submit', (e) => e.preventDefault());
    const progress = el('p', { class: 'quiz-progress', id: 'quiz-progress' });
    const list = el('ol', { class: 'quiz-items' });
    checkParts = new Map();
    controllers = items.map((item, i) => {
      const controller = renderItem(item, i + 1, items.length,
        { answer: record.answers[item.key], hintsUsed: meta(item.key).hintsUsed },
        { answer: onAnswer, hint: onHint });
      if (immediateFeedback()) {
        if (item.manual === true) {
          controller.element.append(el('p', { class: 'hint check-note',
            text: 'Your instructor marks this answer after you submit, so it cannot be checked here.' }));
        } else if (controller.shown) {
          controller.element.append(checkPart(controller));
        }
      }
      list.append(el('li', {}, controller.element));
      return controller;
    });
    const warning = el('p', { class: 'message', id: 'quiz-unanswered', role: 'alert', hidden: true });
    const submit = el('button', { type: 'button', id: 'quiz-submit', text: 'Submit answers' });
    submit.addEventListener('click', () => submitAnswers(false));
    const returned = el('div', { class: 'message error', id: 'quiz-returned', role: 'alert', hidden: true });
    const actions = el('div', { class: 'quiz-actions' }, returned, warning, submit);
    const result = el('section', { class: 'quiz-result', id: 'quiz-result', 'aria-labelledby': 'quiz-result-heading', hidden: true });
    form.append(progress, list, actions);
    form.addEventListener('focusin', (e) => {
      const item = e.target.closest('.quiz-item');
      const key = item ? item.dataset.item : null;
      if (key !== activeKey) {
        tick();
        activeKey = key;
        activeSince = key && document.visibilityState === 'visible' ? performance.now() : 0;
      }
    });
    // The result, once there is one, comes first: the learner need not scroll past every item to it.
    body.replaceChildren(result, form);
    root.dataset.attempt = record.id;
    updateProgress();
    if (record.submission) lock();
    if (record.submission && record.submission.state === 'sent') {
      showResult();
      fetchDetails();
    }
    if (record.submission && record.submission.state === 'rejected') showRejected();
    if (!record.submission && record.returned) showReturned();
    watchDeadline();
    updateStatus();
  }

  function updateProgress() {
    const progress = body.querySelector('#quiz-progress');
    if (!progress) return;
    const answered = controllers.filter((c) => c.read() !== null).length;
    progress.textContent = `Answered ${answered} of ${controllers.length} questions.`;
  }

  function watchDeadline() {
    clearInterval(deadlineTimer);
    const line = root.querySelector('#quiz-deadline');
    const alert = root.querySelector('#quiz-time-alert');
    const deadline = record.attempt.deadline ? new Date(record.attempt.deadline) : null;
    if (!line || !deadline || record.submission) return;
    let warned = Infinity;
    const show = () => {
      const left = deadline.getTime() - (Date.now() + (record.skewMs || 0));
      line.hidden = false;
      if (left > 0) {
        const minutes = Math.ceil(left / 60_000);
        line.textContent = `Time left: ${minutes} minute${minutes === 1 ? '' : 's'} (until ${formatClock(deadline)}).`;
        // Screen reader users hear the time only when it gets short (the line itself is silent).
        const mark = [5, 1].find((m) => minutes <= m && m < warned);
        if (mark !== undefined && alert) {
          warned = mark;
          alert.textContent = `${minutes} minute${minutes === 1 ? '' : 's'} left.`;
        }
      } else {
        clearInterval(deadlineTimer);
        line.textContent = 'The time is up: your answers are being submitted.';
        submitAnswers(true);
      }
    };
    show();
    deadlineTimer = setInterval(show, 15_000);
  }

  function lock() {
    body.querySelectorAll('.quiz-item').forEach((fieldset) => { fieldset.disabled = true; });
    const submit = body.querySelector('#quiz-submit');
    if (submit) submit.hidden = true;
    const warning = body.querySelector('#quiz-unanswered');
    if (warning) warning.hidden = true;
    clearInterval(deadlineTimer);
    const deadline = root.querySelector('#quiz-deadline');
    if (deadline) deadline.hidden = true;
  }

  /** Opens the answers again after the server returned a submission, and says what to correct. */
  function unlock() {
    body.querySelectorAll('.quiz-item').forEach((fieldset) => { fieldset.disabled = false; });
    const submit = body.querySelector('#quiz-submit');
    if (submit) submit.hidden = false;
    watchDeadline();
    showReturned();
  }

  function showReturned() {
    const notice = body.querySelector('#quiz-returned');
    if (!notice || !record.returned) return;
    notice.replaceChildren(el('strong', { text: 'The server did not accept the answers. ' }), record.returned.text,
      ...record.returned.items.map((entry) => el('span', { class: 'returned-item', text: ` ${entry}` })),
      ' Correct them and submit again; your answers are still saved on this device.');
    notice.hidden = false;
  }

  /** The problem document of a returned submission, with its fields named as questions. */
  function refusal(problem) {
    const items = [];
    (problem && Array.isArray(problem.errors) ? problem.errors : []).forEach((e) => {
      const key = String(e.field || '').replace(/^(answers|items)\./, '').split('.')[0];
      const position = controllers.findIndex((c) => c.key === key) + 1;
      items.push(position ? `Question ${position}: ${e.reason}.` : `${e.field}: ${e.reason}.`);
    });
    return { text: (problem && (problem.detail || problem.title)) || 'The answers could not be read.', items };
  }

  function showResult() {
    const section = body.querySelector('#quiz-result');
    if (!section) return;
    const reply = record.submission.response || {};
    // The attempt as the API shows it after grading has the right answers and solutions too.
    const result = record.submission.details || reply.result || null;
    const parts = [el('h2', { id: 'quiz-result-heading', text: 'Your result' })];
    const score = scoreText(reply.result || result);
    const awaiting = reply.status === 'AWAITING_GRADING';
    parts.push(el('p', { class: 'quiz-score',
      text: score ? `${awaiting ? 'Score so far' : 'Score'}: ${score}.` : sentText(reply) }));
    const perItem = result && Array.isArray(result.items) ? result.items : [];
    if (perItem.length) {
      const list = el('ol', { class: 'quiz-feedback' });
      perItem.forEach((entry) => {
        const position = controllers.findIndex((c) => c.key === entry.key) + 1;
        const li = el('li', {}, el('strong', { text: `Question ${position || entry.key}: ` }), verdict(entry));
        if (entry.correct === false && entry.status === 'GRADED' && entry.expected) {
          li.append(el('p', { class: 'expected', text: `Right answer: ${entry.expected}` }));
        }
        if (entry.feedback) li.append(el('p', { class: 'feedback', text: entry.feedback }));
        if (entry.solution) {
          li.append(el('details', {}, el('summary', { text: 'Worked solution' }),
            el('div', { class: 'prose' }, fragment(entry.solution))));
        }
        list.append(li);
      });
      parts.push(list);
    }
    const links = el('p', { class: 'quiz-links' });
    if (record.attempt.quiz && record.attempt.quiz.mode === 'PRACTICE') {
      const again = el('button', { type: 'button', text: 'Start a new attempt' });
      again.addEventListener('click', () => { again.disabled = true; begin(); });
      links.append(again, ' ');
    }
    links.append(el('a', { href: cfg.courseUrl, text: 'Back to the course' }));
    parts.push(links);
    section.replaceChildren(...parts);
    section.hidden = false;
  }

  /** The graded attempt with right answers and solutions, when the feedback policy shows them. */
  async function fetchDetails() {
    const submission = record && record.submission;
    if (!submission || submission.state !== 'sent' || submission.details || navigator.onLine === false) return;
    try {
      const response = await api('GET', `/attempts/${encodeURIComponent(record.id)}`);
      if (response.ok && response.json && response.json.result) {
        submission.details = response.json.result;
        await persist();
        showResult();
      }
    } catch {
      // The reply to the submission is shown already; the details wait for another visit.
    }
  }

  function showRejected() {
    const section = body.querySelector('#quiz-result');
    if (!section) return;
    section.replaceChildren(el('h2', { id: 'quiz-result-heading', text: 'Not accepted' }),
      el('p', { class: 'message error', text: record.submission.problem?.text || 'The server did not accept the answers.' }),
      el('p', {}, el('a', { href: cfg.courseUrl, text: 'Back to the course' })));
    section.hidden = false;
  }

  // ---------------------------------------------------------------------- answers and storage

  function meta(key) {
    record.items[key] = record.items[key] || { hintsUsed: 0, seconds: 0 };
    return record.items[key];
  }

  function onAnswer(key) {
    if (!record || record.submission) return;
    const controller = controllers.find((c) => c.key === key);
    const answer = controller.read();
    if (answer === null) delete record.answers[key];
    else record.answers[key] = answer;
    forgetVerdict(key, answer);
    confirmUnanswered = false;
    const warning = body.querySelector('#quiz-unanswered');
    if (warning) warning.hidden = true;
    updateProgress();
    tick();
    persist();
    scheduleDraft();
  }

  function onHint(key, used) {
    if (!record || record.submission) return;
    meta(key).hintsUsed = used;
    persist();
  }

  /** Adds the time since the last tick to the item in focus. */
  function tick() {
    const now = performance.now();
    if (record && !record.submission && activeKey && activeSince) {
      meta(activeKey).seconds += (now - activeSince) / 1000;
    }
    activeSince = activeKey && document.visibilityState === 'visible' ? now : 0;
  }

  /** Writes the record to IndexedDB; resolves when it is committed (or storage is unavailable). */
  async function persist() {
    if (!record) return;
    if (!storageWorks) {
      updateStatus();
      return;
    }
    try {
      await store.put(record);
      record.savedLocally = true;
    } catch {
      storageWorks = false;
    }
    updateStatus();
  }

  function scheduleDraft() {
    clearTimeout(draftTimer);
    draftTimer = setTimeout(saveDraft, DRAFT_DELAY_MS);
  }

  /** The server's copy of the answers; a failure changes nothing, the device holds them. */
  async function saveDraft() {
    if (!record || record.submission || navigator.onLine === false) return;
    try {
      const response = await api('PUT', `/attempts/${encodeURIComponent(record.id)}/draft`, { answers: record.answers });
      if (response.ok) {
        record.draftSavedAt = new Date().toISOString();
        persist();
        offlineNote.hidden = false;
        offlineNote.textContent = `${workerNote} Last copied to the server at ${formatClock(new Date())}.`.trim();
      } else if (response.status === 409) {
        showNotice(problemText(response.json, 'This attempt is closed.'));
      }
    } catch {
      // Offline or the server is unreachable: nothing to do; the answers are on this device.
    }
  }

  function showNotice(text) {
    let notice = body.querySelector('#quiz-notice');
    if (!notice) {
      notice = el('p', { class: 'message', id: 'quiz-notice' });
      body.prepend(notice);
    }
    notice.textContent = text;
  }

  // ----------------------------------------------------------------------- immediate feedback

  function immediateFeedback() {
    return Boolean(record && record.attempt && record.attempt.quiz && record.attempt.quiz.feedback === 'IMMEDIATE');
  }

  /**
   * An item's Check answer button and its verdict, a polite live region of its own next to the
   * item, which the button names as its description. The last verdict (kept in IndexedDB) is
   * shown again while the answer on screen is the one that was checked.
   */
  function checkPart(controller) {
    const verdictId = `${controller.element.id}-verdict`;
    const button = el('button', { type: 'button', class: 'secondary check-button', 'aria-describedby': verdictId });
    const verdict = el('p', { class: 'quiz-verdict', id: verdictId, 'aria-live': 'polite' });
    const part = { key: controller.key, controller, button, verdict, busy: false, kind: null };
    button.addEventListener('click', () => checkAnswer(part));
    checkParts.set(controller.key, part);
    labelCheckButton(part);
    const last = meta(controller.key).check;
    if (last && sameAnswer(last.answer, controller.read())) showVerdict(part, last);
    return el('div', { class: 'quiz-check' }, button, verdict);
  }

  /**
   * Offline the button's own name says that checking waits for the connection. It stays a working
   * button (not aria-disabled): pressing it says the same, next to the item, and asks nothing.
   */
  function labelCheckButton(part) {
    const offline = navigator.onLine === false;
    const text = offline ? 'Check answer — waits for the connection' : 'Check answer';
    if (part.button.textContent !== text) part.button.textContent = text;
    part.button.dataset.waiting = String(offline);
  }

  /** The buttons follow the connection; a note that checking waits for it goes once it is back. */
  function updateChecks() {
    checkParts.forEach((part) => {
      labelCheckButton(part);
      if (navigator.onLine !== false && part.kind === 'offline') say(part, '', null);
    });
  }

  function say(part, text, kind, ...children) {
    part.kind = kind;
    part.verdict.dataset.verdict = kind || '';
    part.verdict.replaceChildren(...(children.length ? children : [text]));
  }

  function showVerdict(part, check) {
    const tries = `${check.tries} ${check.tries === 1 ? 'try' : 'tries'}`;
    if (check.correct) {
      say(part, '', 'right', el('strong', { text: 'Right' }), ` — ${tries}.`);
    } else if (check.score > 0) {
      say(part, '', 'partly', el('strong', { text: `Partly right (${Math.round(check.score * 100)}%)` }),
        ` — not yet: try again. ${tries} so far.`);
    } else {
      say(part, '', 'wrong', el('strong', { text: 'Not yet — try again' }), ` (${tries} so far).`);
    }
  }

  /** A verdict no longer stands once the answer differs from the one checked. */
  function forgetVerdict(key, answer) {
    const part = checkParts.get(key);
    if (!part || !part.kind || part.kind === 'busy') return;
    const last = meta(key).check;
    if (part.kind === 'offline' || !last || !sameAnswer(last.answer, answer)) say(part, '', null);
  }

  /** Sends one answer to be checked, only ever because the learner asked. */
  async function checkAnswer(part) {
    if (!record || record.submission || part.busy) return;
    const answer = part.controller.read();
    if (answer === null) {
      say(part, 'Answer the question first, then check it.', 'note');
      return;
    }
    if (navigator.onLine === false) {
      say(part, 'Checking waits for the connection. Your answer is saved on this device; check it again once you are back online.', 'offline');
      return;
    }
    part.busy = true;
    say(part, 'Checking…', 'busy');
    const path = `/attempts/${encodeURIComponent(record.id)}/checks`;
    const payload = { itemKey: part.key, answer };
    let response = null;
    try {
      response = await api('POST', path, payload);
      if (response.status === 403 && await refreshCsrf()) response = await api('POST', path, payload);
    } catch {
      response = null;
    }
    part.busy = false;
    labelCheckButton(part);
    if (!response) {
      say(part, navigator.onLine === false
        ? 'Checking waits for the connection. Your answer is saved on this device; check it again once you are back online.'
        : 'The server could not be reached to check the answer. Your answer is saved on this device; try again in a moment.',
      'offline');
      return;
    }
    if (response.ok && response.json) {
      const check = { answer, correct: response.json.correct === true, score: Number(response.json.score) || 0,
        tries: Number(response.json.tries) || 1, checkedAt: new Date().toISOString() };
      meta(part.key).check = check;
      persist();
      if (sameAnswer(answer, part.controller.read())) {
        showVerdict(part, check);
      } else {
        say(part, 'Your answer changed while it was being checked: check it again.', 'note');
      }
    } else if (response.signedOut) {
      say(part, 'Your session has ended: sign in again to check answers. Your answer is saved on this device.', 'note');
    } else if (response.status === 400 || response.status === 422) {
      const reasons = (response.json && Array.isArray(response.json.errors) ? response.json.errors : [])
        .map((e) => e.reason).filter(Boolean);
      say(part, `This answer cannot be checked${reasons.length ? `: ${reasons.join('; ')}` : ''}.`, 'note');
    } else if (response.status === 409) {
      say(part, problemText(response.json, 'Answers cannot be checked now.'), 'note');
    } else {
      say(part, `The answer could not be checked (the server answered ${response.status}). Try again in a moment.`, 'note');
    }
  }

  // ------------------------------------------------------------------------------ submission

  async function submitAnswers(auto) {
    if (!record || record.submission) return;
    tick();
    const answers = {};
    controllers.forEach((c) => {
      const value = c.read();
      if (value !== null) answers[c.key] = value;
    });
    const unanswered = controllers.filter((c) => c.read() === null).length;
    if (!auto && unanswered > 0 && !confirmUnanswered) {
      confirmUnanswered = true;
      const warning = body.querySelector('#quiz-unanswered');
      warning.textContent = `${unanswered} question${unanswered === 1 ? ' has' : 's have'} no answer yet. `
        + 'Select “Submit answers” again to submit anyway.';
      warning.hidden = false;
      return;
    }
    const items = {};
    controllers.forEach((c) => {
      const m = meta(c.key);
      // Tries: the server's count for a checked item (it counts them itself anyway), else one.
      items[c.key] = { hintsUsed: c.hintsUsed(), seconds: Math.round(m.seconds || 0),
        attempts: m.check && m.check.tries > 0 ? m.check.tries : 1 };
    });
    const submission = {
      idempotencyKey: newKey(), answers, items,
      answeredAt: new Date(auto && record.attempt.deadline ? Math.min(Date.now(), new Date(record.attempt.deadline).getTime()) : Date.now()).toISOString(),
    };
    record.answers = answers;
    record.returned = null;
    const returned = body.querySelector('#quiz-returned');
    if (returned) returned.hidden = true;
    record.submission = { idempotencyKey: submission.idempotencyKey, body: submission, state: 'queued',
      queuedAt: new Date().toISOString(), tries: 0 };
    clearTimeout(draftTimer);
    lock();
    // On this device first: from here on a reload, a closed tab or a crash resends it with this key.
    await persist();
    sendPending();
  }

  /** Sends the queued submission (always with its one key) unless a send is under way. */
  async function sendPending() {
    const submission = record && record.submission;
    if (!submission || submission.state !== 'queued' || sending) return;
    clearTimeout(retryTimer);
    retryTimer = null;
    sending = true;
    updateStatus();
    try {
      const response = await api('POST', `/attempts/${encodeURIComponent(record.id)}/submission`, submission.body);
      submission.tries = (submission.tries || 0) + 1;
      if (response.ok) {
        submission.state = 'sent';
        submission.sentAt = new Date().toISOString();
        submission.response = response.json;
        waitReason = null;
      } else if (response.signedOut) {
        waitReason = 'signed-out';
      } else if (response.status === 403 && !csrfRefreshed) {
        // A page kept by the service worker may carry the token of an earlier session.
        csrfRefreshed = true;
        waitReason = 'network';
        waitDetail = '';
        if (await refreshCsrf()) retryDelay = 0;
      } else if (response.status === 408 || response.status === 429 || response.status >= 500) {
        waitReason = 'server';
        waitDetail = problemText(response.json, '');
      } else if (response.status === 400 || response.status === 413 || response.status === 422) {
        // The server saved nothing and named what is wrong: the learner corrects it and submits
        // again, which is a new submission with a new key.
        submission.state = 'returned';
        record.returned = refusal(response.json);
        record.submission = null;
      } else {
        submission.state = 'rejected';
        submission.problem = { status: response.status, text: problemText(response.json, `The server answered ${response.status}.`) };
      }
    } catch {
      waitReason = navigator.onLine === false ? 'offline' : 'network';
    }
    sending = false;
    await persist();
    if (submission.state === 'queued') {
      scheduleRetry();
    } else if (submission.state === 'returned') {
      unlock();
    } else if (submission.state === 'sent') {
      retryDelay = 0;
      showResult();
      fetchDetails();
    } else {
      showRejected();
    }
    updateStatus();
  }

  function scheduleRetry() {
    clearTimeout(retryTimer);
    retryDelay = retryDelay ? Math.min(retryDelay * 2, RETRY_MAX_MS) : RETRY_FIRST_MS;
    retryTimer = setTimeout(sendPending, retryDelay);
  }

  function onOnline() {
    updateChecks();
    if (!started) {
      load();
      return;
    }
    if (record && record.submission && record.submission.state === 'queued') {
      retryDelay = 0;
      sendPending();
    } else if (record && !record.submission) {
      saveDraft();
    }
    updateStatus();
  }

  async function refreshCsrf() {
    try {
      const response = await fetch(location.pathname, { credentials: 'same-origin', cache: 'no-store',
        redirect: 'manual', headers: { Accept: 'text/html' } });
      if (!response.ok) return false;
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = page.getElementById('quiz')?.dataset.csrfToken;
      if (fresh) {
        csrfToken = fresh;
        return true;
      }
    } catch {
      // Still offline: the next retry tries again.
    }
    return false;
  }

  // ----------------------------------------------------------------------------- status line

  function updateStatus() {
    if (!record) return;
    const submission = record.submission;
    const offline = navigator.onLine === false;
    if (!submission) {
      const any = Object.keys(record.answers).length > 0;
      let text;
      if (!storageWorks) {
        text = 'Not saved on this device: this browser does not allow it. Keep this page open until you submit.';
      } else {
        text = any ? 'Saved on this device.' : 'Nothing answered yet — each answer is saved on this device as you give it.';
      }
      if (offline) text += ' You are offline: go on answering and submit; the answers are sent when the connection returns.';
      setStatus(text);
      return;
    }
    if (submission.state === 'sent') {
      setStatus(sentText(submission.response), 'sent');
      return;
    }
    if (submission.state === 'rejected') {
      setStatus(`Not accepted by the server: ${submission.problem?.text || 'no reason given'} `
        + 'Your answers are still saved on this device.', 'rejected');
      return;
    }
    if (sending) {
      setStatus('Sending…', 'sending');
      return;
    }
    const where = storageWorks ? 'Your answers are saved on this device' : 'Keep this page open: this browser cannot save the answers';
    const retry = retryDelay ? ` Trying again in ${Math.round(retryDelay / 1000)} seconds.` : '';
    if (offline || waitReason === 'offline') {
      setStatus(`Waiting to send — you are offline. ${where} and will be sent when the connection returns.`, 'waiting');
    } else if (waitReason === 'signed-out') {
      setStatus(`Waiting to send — your session has ended: sign in again in this browser and reopen the quiz. ${where}.`, 'waiting');
    } else if (waitReason === 'server') {
      setStatus(`Waiting to send — the server could not take them just now${waitDetail ? ` (${waitDetail})` : ''}.${retry} ${where}.`, 'waiting');
    } else {
      setStatus(`Waiting to send — the server could not be reached.${retry} ${where}.`, 'waiting');
    }
  }

  function setStatus(text, state) {
    // Only a changed text is written, so screen readers hear each change once.
    if (statusLine.textContent !== text) statusLine.textContent = text;
    statusLine.dataset.state = state || 'saved';
  }

  /**
   * The status bar stays at the top of the window; scrolling leaves room for it, so that a control
   * reached with the keyboard is never hidden behind it (WCAG 2.4.11). Set through the CSSOM, which
   * the Content-Security-Policy allows.
   */
  function keepFocusInView() {
    const bar = root.querySelector('.quiz-bar');
    if (!bar || !('ResizeObserver' in window)) return;
    new ResizeObserver(() => {
      document.documentElement.style.scrollPaddingTop = `${Math.ceil(bar.getBoundingClientRect().height) + 8}px`;
    }).observe(bar);
  }

  // ------------------------------------------------------------------------------ offline shell

  /** Registers the service worker and has it keep this page, so that the quiz opens offline. */
  async function keepOffline() {
    if (!('serviceWorker' in navigator) || !cfg.workerUrl) return;
    navigator.serviceWorker.register(cfg.workerUrl, { scope: cfg.workerScope }).catch(() => {});
    const registration = await navigator.serviceWorker.ready;
    const kept = await ask(registration.active, { type: 'keep-page', url: location.origin + location.pathname });
    if (kept) {
      root.dataset.offlineReady = 'true';
      workerNote = 'This quiz also opens on this device without a connection.';
      if (offlineNote.hidden) {
        offlineNote.textContent = workerNote;
        offlineNote.hidden = false;
      }
    }
  }

  function ask(worker, message) {
    return new Promise((resolve) => {
      if (!worker) {
        resolve(false);
        return;
      }
      const channel = new MessageChannel();
      const timeout = setTimeout(() => resolve(false), 15_000);
      channel.port1.onmessage = (event) => {
        clearTimeout(timeout);
        resolve(Boolean(event.data && event.data.ok));
      };
      worker.postMessage(message, [channel.port2]);
    });
  }

  // ------------------------------------------------------------------------------------- API

  /**
   * A call to the API as the signed-in learner. Resolves with {status, ok, json, signedOut};
   * rejects (TypeError) when the network fails, which callers treat as being offline.
   */
  async function api(method, path, payload) {
    const headers = { Accept: 'application/json' };
    if (payload !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && cfg.csrfHeader) headers[cfg.csrfHeader] = csrfToken;
    const response = await fetch(cfg.apiBase + path, {
      method, headers, credentials: 'same-origin', cache: 'no-store', redirect: 'manual',
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
    let json = null;
    if ((response.headers.get('content-type') || '').includes('json')) {
      try {
        json = await response.json();
      } catch {
        json = null;
      }
    }
    // A redirect (to the sign-in page) or a 401 means the session is gone.
    const signedOut = response.type === 'opaqueredirect' || response.status === 401;
    return { status: response.status, ok: response.ok, json, signedOut };
  }

  return { start };
}

// ---------------------------------------------------------------------------------- helpers

/** What the status line says once the server has taken the submission (its reply, docs/assessment.md). */
function sentText(reply) {
  const result = reply && reply.result;
  const score = scoreText(result);
  if (reply && reply.status === 'AWAITING_GRADING') {
    return `Sent and graded, except the answers your instructor marks${score ? `: ${score} so far` : ''}.`;
  }
  if (!result && reply && reply.resultsAvailableAt) {
    return `Sent and graded. Your result is shown from ${formatTime(reply.resultsAvailableAt)}.`;
  }
  return score ? `Sent and graded: ${score}.` : 'Sent and graded.';
}

/** An item's verdict in words (never by colour alone). */
function verdict(entry) {
  switch (entry.status) {
    case 'UNANSWERED': return 'not answered';
    case 'AWAITING_MANUAL': return 'waiting for your instructor to mark it';
    case 'WITHDRAWN': return 'does not count (removed from the course)';
    default: break;
  }
  const score = entry.score ?? entry.credit;
  if (score === undefined || score === null) return 'graded';
  if (score >= 1 - 1e-9) return 'right';
  return score > 0 ? `partly right (${Math.round(score * 100)}%)` : 'not right';
}

/** "5 of 7 points (71%), passed", from whichever of these the result carries. */
function scoreText(result) {
  if (!result || typeof result !== 'object') return '';
  const score = result.score ?? result.raw ?? result.points;
  const max = result.maxScore ?? result.max ?? result.maximum;
  let scaled = result.scaled ?? result.scaledScore;
  if ((scaled === undefined || scaled === null) && Number.isFinite(score) && Number.isFinite(max) && max > 0) scaled = score / max;
  const parts = [];
  if (Number.isFinite(score) && Number.isFinite(max)) parts.push(`${number(score)} of ${number(max)} points`);
  if (Number.isFinite(scaled)) parts.push(parts.length ? `(${Math.round(scaled * 100)}%)` : `${Math.round(scaled * 100)}%`);
  let text = parts.join(' ');
  if (result.passed === true) text += text ? ', passed' : 'passed';
  if (result.passed === false) text += text ? ', not passed yet' : 'not passed yet';
  return text;
}

function number(value) {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, '');
}

function problemText(problem, fallback) {
  if (!problem || typeof problem !== 'object') return fallback;
  const fields = Array.isArray(problem.errors)
    ? problem.errors.map((e) => (e.field ? `${e.field}: ${e.reason}` : e.reason)).filter(Boolean) : [];
  const text = [problem.detail || problem.title, ...fields].filter(Boolean).join(' ');
  return text || fallback;
}

/** Whether two answers (as read from an item, or kept in IndexedDB) are the same. */
function sameAnswer(a, b) {
  return a !== null && a !== undefined && b !== null && b !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

function newKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function formatTime(value) {
  return new Date(value).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function formatClock(date) {
  return date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

