// The Content-Security-Policy of the app: one constant that vite.config.ts
// puts into index.html and into the preview server's headers, and that the
// benchmark's server sends, so every way of serving the app runs under the
// policy users get. Plain JavaScript because the benchmark runs in Node.

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
