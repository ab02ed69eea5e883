import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, withInlineScriptHashes } from '../../src/app/security-headers.mjs';

const PREAMBLE = 'import { injectIntoGlobalHook } from "/@react-refresh"; injectIntoGlobalHook(window);';
// `printf '%s' "$PREAMBLE" | openssl dgst -sha256 -binary | base64`
const PREAMBLE_HASH = "'sha256-IP+d91YLGPPEWJ0Dufy6jU7NSbsot5ku9f0WZ/GZ9r0='";

describe('the dev page policy', () => {
  it('allows the inline script of the page by its SHA-256 and nothing broader', () => {
    const html = `<head><script type="module" src="/@vite/client"></script><script type="module">${PREAMBLE}</script></head>`;
    const policy = withInlineScriptHashes(CONTENT_SECURITY_POLICY, html);
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe(`script-src 'self' ${PREAMBLE_HASH}`);
    expect(policy.replace(` ${PREAMBLE_HASH}`, '')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('is the policy itself for a page without inline script (the built app)', () => {
    expect(withInlineScriptHashes(CONTENT_SECURITY_POLICY, '<script type="module" src="/assets/index.js"></script>')).toBe(CONTENT_SECURITY_POLICY);
  });
});
