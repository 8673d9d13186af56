// The quiz player's storage on this device: one IndexedDB record per attempt, keyed by the attempt
// id, holding the attempt as the server presented it, every answer as the learner gives it, the
// hints used and time spent per item, and the submission waiting to be sent (with its idempotency
// key) until the server has answered it. Nothing here is ever sent anywhere but to the API.
//
// Raw IndexedDB with small promise wrappers: the player needs four operations, and a library
// would be one more file for the service worker to keep.

const DB_NAME = 'pathwise-quiz';
const DB_VERSION = 1;
const ATTEMPTS = 'attempts';

let opening = null;

function open() {
  if (!opening) {
    opening = new Promise((resolve, reject) => {
      if (!('indexedDB' in self)) {
        reject(new Error('IndexedDB is not available'));
        return;
      }
      const request = indexedDB.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = () => {
        const attempts = request.result.createObjectStore(ATTEMPTS, { keyPath: 'id' });
        // Which attempts of one learner's quiz this device holds: "learner|course|activity".
        attempts.createIndex('quiz', 'quiz');
      };
      request.onsuccess = () => {
        const db = request.result;
        // Another tab upgrading the database closes this connection instead of blocking it.
        db.onversionchange = () => { db.close(); opening = null; };
        resolve(db);
      };
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    });
    opening.catch(() => { opening = null; });
  }
  return opening;
}

function done(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** The key of a learner's quiz in the 'quiz' index. */
export function quizRef(learner, courseSlug, activityKey) {
  return `${learner}|${courseSlug}|${activityKey}`;
}

/** The attempt record with this id, or undefined. */
export async function get(id) {
  const db = await open();
  return done(db.transaction(ATTEMPTS).objectStore(ATTEMPTS).get(id));
}

/** Every record of a learner's quiz on this device, the most recently started first. */
export async function forQuiz(ref) {
  const db = await open();
  const records = await done(db.transaction(ATTEMPTS).objectStore(ATTEMPTS).index('quiz').getAll(ref));
  return records.sort((a, b) => String(b.startedAt || '').localeCompare(String(a.startedAt || '')));
}

/**
 * Writes the record; resolves once the transaction has committed, so a caller that awaits it
 * knows the data survives a closed tab. Writes are applied in the order they were made.
 */
export async function put(record) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(ATTEMPTS, 'readwrite', { durability: 'strict' });
    tx.objectStore(ATTEMPTS).put(record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error || new Error('IndexedDB write aborted'));
  });
}
