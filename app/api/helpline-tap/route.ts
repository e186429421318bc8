import { handleHelplineTap } from '@/lib/feedback/handlers';
import { methodNotAllowed } from '@/lib/feedback/http';

export const dynamic = 'force-dynamic';

/** POST /api/helpline-tap {page, kind} → 204: one anonymous tap on a helpline or crisis link. */
export const POST = handleHelplineTap;

const notAllowed = () => methodNotAllowed('POST');
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
