// The quiz player's service worker: it lets a quiz page open, and its island run, with no network.
//
// Registered by quiz-player.js from /assets/js/quiz-sw.js?v=<version> with the site as its scope
// (the server sends Service-Worker-Allowed for this file), so that it sees navigations to the quiz
// pages under /courses/ and the sign-in and sign-out requests. The version is a digest of the files
// below (QuizOfflineAssets): a release that changes them installs a new worker and a new cache.
//
// What it keeps, and what it never keeps:
// - The player's files (its modules and stylesheets): cache first, in a cache named by version.
//   Pages link them by content-versioned URLs (/assets/js/quiz-player-<md5>.js; the plain URLs
//   below are still served, and are what the modules import one another by). A versioned URL is
//   kept under its own name the first time it passes through here; until then, offline, the plain
//   copy fetched at install stands in for it (the page that registered this worker named this
//   worker's version, so that copy has the page's content).
// - Quiz pages (/courses/{course}/quizzes/{quiz}): network first, falling back to the copy kept
//   from the last visit, keyed by path. A page holds the quiz's title, the learner's name in the
//   header and the session's CSRF token, but no items and no answers: those come from the API and
//   live in IndexedDB. Only successful pages are kept (not the sign-in page a lapsed session
//   redirects to).
// - Nothing from the API (/api, /browser-api) or the LRS: those requests are not touched at all,
//   so answers and results never enter a cache; the island keeps what it needs in IndexedDB.
//
// Kept pages belong to whoever was signed in when they were fetched. Keying them by path is enough
// for this scope because the copies are dropped whenever anyone signs in or out in this browser
// (the POSTs to /sign-in and /sign-out pass through this worker), so a page kept for one person is
// never shown to the next person who signs in here; and online, the network copy always wins.

const BASE = self.location.pathname.replace(/\/assets\/js\/quiz-sw\.js$/, '');
const VERSION = new URL(self.location.href).searchParams.get('v') || 'dev';
const FILES_CACHE = `pathwise-quiz-files-${VERSION}`;
const PAGES_CACHE = 'pathwise-quiz-pages';
const FILES = [
  '/assets/js/quiz-player.js',
  '/assets/js/quiz-items.js',
  '/assets/js/quiz-store.js',
  '/assets/css/pathwise.css',
  '/assets/css/quiz.css',
].map((path) => BASE + path);
const QUIZ_PAGE = new RegExp(`^${BASE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/courses/[^/]+/quizzes/[^/]+/?$`);
const SESSION_CHANGES = new Set([`${BASE}/sign-in`, `${BASE}/sign-out`]);
const NETWORK_WAIT_MS = 6000;
// name-<md5 of the content>.ext: the server's content-versioned form of one of the FILES.
const CONTENT_VERSION = /-[0-9a-f]{32}(\.(?:css|js))$/;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(FILES_CACHE)
    .then((cache) => cache.addAll(FILES.map((url) => new Request(url, { cache: 'reload' }))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names
      .filter((name) => name.startsWith('pathwise-quiz-files-') && name !== FILES_CACHE)
      .map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === 'POST' && SESSION_CHANGES.has(url.pathname)) {
    // Someone signs in or out: forget every kept page (the request itself goes on untouched).
    event.waitUntil(caches.delete(PAGES_CACHE));
    return;
  }
  if (request.method !== 'GET') return;
  if (request.mode === 'navigate' && QUIZ_PAGE.test(url.pathname)) {
    event.respondWith(page(request, url, event));
  } else if (FILES.includes(url.pathname.replace(CONTENT_VERSION, '$1'))) {
    // Only for quiz pages: other pages of the site (which share pathwise.css) get the network's
    // copy, so a new release reaches them even when no quiz page has updated this worker yet.
    event.respondWith(fromQuizPage(event).then((quiz) => (quiz ? file(request, url) : fetch(request))));
  }
  // Everything else (the API above all) goes to the network as if there were no worker.
});

// The island asks for the page it runs in to be kept: the first visit, which registered this
// worker, did not come through it.
self.addEventListener('message', (event) => {
  const port = event.ports && event.ports[0];
  if (!event.data || event.data.type !== 'keep-page' || !port) return;
  const url = new URL(event.data.url, self.location.href);
  const ok = url.origin === self.location.origin && QUIZ_PAGE.test(url.pathname);
  event.waitUntil((ok ? keepPage(url) : Promise.resolve(false))
    .catch(() => false)
    .then((kept) => port.postMessage({ ok: kept })));
});

function pageKey(url) {
  return url.origin + url.pathname;
}

function keepable(response) {
  return response.ok && response.type === 'basic' && !response.redirected
    && (response.headers.get('content-type') || '').startsWith('text/html');
}

async function keepPage(url) {
  const cache = await caches.open(PAGES_CACHE);
  if (await cache.match(pageKey(url))) return true;
  const response = await fetch(url.href, { credentials: 'same-origin', redirect: 'manual' });
  if (!keepable(response)) return false;
  await cache.put(pageKey(url), response);
  return true;
}

/** Network first: the server's page (and a fresh copy kept); the kept copy when there is no answer. */
async function page(request, url, event) {
  const cache = await caches.open(PAGES_CACHE);
  const network = fetch(request).then(async (response) => {
    if (keepable(response)) await cache.put(pageKey(url), response.clone());
    return response;
  });
  event.waitUntil(network.catch(() => undefined));
  const kept = await cache.match(pageKey(url));
  if (!kept) return network;
  // A network that hangs (a weak signal) gets a few seconds before the kept copy is shown.
  const timeout = new Promise((resolve) => { setTimeout(() => resolve(null), NETWORK_WAIT_MS); });
  try {
    const response = await Promise.race([network, timeout]);
    if (response && response.status < 500) return response;
  } catch {
    // Offline: the kept copy below.
  }
  return kept;
}

async function fromQuizPage(event) {
  const client = event.clientId ? await self.clients.get(event.clientId) : null;
  return Boolean(client && QUIZ_PAGE.test(new URL(client.url).pathname));
}

/**
 * Cache first for the player's files; the cache's name changes with their version. A versioned URL
 * not kept yet comes from the network (it may be a newer release's than this worker's), and only
 * offline from the plain copy fetched at install.
 */
async function file(request, url) {
  const cache = await caches.open(FILES_CACHE);
  const kept = await cache.match(url.pathname);
  if (kept) return kept;
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(url.pathname, response.clone());
    return response;
  } catch (error) {
    const plain = url.pathname.replace(CONTENT_VERSION, '$1');
    const installed = plain !== url.pathname ? await cache.match(plain) : undefined;
    if (installed) return installed;
    throw error;
  }
}
