/** The shortest FEEDBACK_ADMIN_TOKEN a server starts with: long enough that guessing is hopeless. */
export const minAdminTokenLength = 32;

/** A message saying what is wrong with FEEDBACK_ADMIN_TOKEN, or undefined when it is fine (or unset). */
export function adminTokenProblem(
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  const token = env.FEEDBACK_ADMIN_TOKEN;
  if (!token) return undefined;
  if (token.length < minAdminTokenLength || token.trim() !== token) {
    return `FEEDBACK_ADMIN_TOKEN must be at least ${minAdminTokenLength} characters with no spaces at either end (it has ${token.length}); make one with: openssl rand -base64 33`;
  }
  return undefined;
}
