import { methodNotAllowed } from '@/lib/feedback/http';
import { handleUnansweredBeacon } from '@/lib/search-gaps/handler';

export const dynamic = 'force-dynamic';

/** POST /api/search/unanswered: the FAQ filter found nothing (lib/search-gaps/handler.ts). */
export const POST = handleUnansweredBeacon;

const notAllowed = () => methodNotAllowed('POST');
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
