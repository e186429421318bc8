/** `npm run feedback:report`: the editors' per-page table, straight from the feedback database. */
import fs from 'node:fs';
import { describeFeedbackStore, feedbackDbPath, openFeedbackStore } from '../lib/feedback/store';
import { formatSummaryTable } from '../lib/feedback/report-format';

async function main() {
  const file = feedbackDbPath();
  if (!process.env.DATABASE_URL && !fs.existsSync(file)) {
    console.log(
      `No feedback yet: ${file} does not exist (set FEEDBACK_DB_PATH to read another file).`,
    );
    return;
  }
  const store = openFeedbackStore();
  try {
    const summary = await store.summary();
    console.log(`Feedback in ${describeFeedbackStore()}\n`);
    console.log(formatSummaryTable(summary));
    const comments = await store.latestComments(10);
    if (comments.length) {
      console.log('\nLatest comments:');
      for (const c of comments) {
        // Readers typed these: no control characters reach the editor's terminal.
        const text = (c.comment ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
        console.log(
          `- ${c.createdAt.slice(0, 16).replace('T', ' ')} ${c.page} (${c.helpful}): ${text}`,
        );
      }
    }
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    `Could not read feedback: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
