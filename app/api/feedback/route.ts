import { handleFeedbackPost } from '@/lib/feedback/handlers';
import { methodNotAllowed } from '@/lib/feedback/http';

export const dynamic = 'force-dynamic';

/** POST /api/feedback (see PRODUCT.md): JSON → 201 {ok, ref}; HTML form → 303 to the thank-you page. */
export const POST = handleFeedbackPost;

const notAllowed = () => methodNotAllowed('POST');
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
