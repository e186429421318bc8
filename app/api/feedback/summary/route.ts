import { handleSummary } from '@/lib/feedback/handlers';
import { methodNotAllowed } from '@/lib/feedback/http';

export const dynamic = 'force-dynamic';

/** GET /api/feedback/summary with Authorization: Bearer $FEEDBACK_ADMIN_TOKEN → counts per page. */
export const GET = handleSummary;

const notAllowed = () => methodNotAllowed('GET');
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
