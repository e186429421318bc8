/**
 * A child process for the store contract: opens the store the environment names, stores one
 * answer, prints its ref, then waits without closing anything, to be killed with SIGKILL.
 */
import { openFeedbackStore } from '@/lib/feedback/store';

const store = openFeedbackStore();
const { ref } = await store.add({
  page: '/about',
  helpful: 'yes',
  reasons: [],
  comment: 'before the kill',
});
process.stdout.write(`${ref}\n`);
setInterval(() => {}, 60_000);
