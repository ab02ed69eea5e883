// A cancelled import rejects with a DOMException named AbortError, as fetch
// and other platform APIs do; this is the one place that makes and knows it.

export function abortError(fileName: string): DOMException {
  return new DOMException(`Đã hủy nhập tệp "${fileName}".`, 'AbortError');
}

/** True when a read or store ended because the user cancelled it. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
