// The Content-Security-Policy of the app: one constant that vite.config.ts
// puts into index.html and into the preview server's headers, and that the
// benchmark's server sends, so every way of serving the app runs under the
// policy users get. Plain JavaScript because the benchmark runs in Node.
import { createHash } from 'node:crypto';


/** No inline script, no eval, nothing from another origin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The policy with `script-src` also allowing each inline script of `html`, by
 * its SHA-256 and nothing broader. Only for the page `vite dev` serves, which
 * holds the dev server's own inline script (React Fast Refresh's preamble);
 * the built app has no inline script and gets the policy as it is.
 */
export function withInlineScriptHashes(policy, html) {
  const hashes = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    ([, body]) => `'sha256-${createHash('sha256').update(body ?? '').digest('base64')}'`,
  );
  return hashes.length === 0 ? policy : policy.replace("script-src 'self'", `script-src 'self' ${hashes.join(' ')}`);
}
