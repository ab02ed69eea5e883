// Errors of storage operations. A bug or an aborted transaction is an
// exception; the UI catches StorageError at its boundary and shows `message`.
import Dexie from 'dexie';

export type StorageErrorKind =
  | 'quota_exceeded'
  | 'unavailable'
  | 'blocked_by_upgrade'
  | 'not_found'
  | 'already_undone'
  | 'not_undoable'
  | 'invalid_input'
  | 'aborted';

const MESSAGES: Readonly<Record<StorageErrorKind, string>> = {
  quota_exceeded:
    'Bộ nhớ trình duyệt đã đầy: dữ liệu chưa được lưu và dữ liệu cũ vẫn nguyên vẹn. Hãy sao lưu, xoá bớt dữ liệu của trang web khác hoặc cấp thêm dung lượng rồi thử lại.',
  unavailable:
    'Trình duyệt không cho phép lưu dữ liệu (IndexedDB không dùng được, ví dụ ở chế độ duyệt riêng tư). Hãy mở ứng dụng trong cửa sổ thường.',
  blocked_by_upgrade:
    'Ứng dụng vừa được cập nhật ở một thẻ khác. Hãy tải lại trang này để tiếp tục; dữ liệu không bị mất.',
  not_found: 'Không tìm thấy bản ghi cần thao tác; có thể nó đã bị xoá ở thẻ khác.',
  already_undone: 'Lần nhập này đã được hoàn tác trước đó.',
  not_undoable: 'Lần nhập này không còn thông tin để hoàn tác (ví dụ: được gộp từ một bản sao lưu).',
  invalid_input: 'Dữ liệu cần lưu không hợp lệ; không có gì được ghi.',
  aborted: 'Thao tác lưu dữ liệu bị gián đoạn; không có gì được ghi, dữ liệu cũ vẫn nguyên vẹn.',
};

export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly kind: StorageErrorKind;
  /** What went wrong underneath, in English, for the console and bug reports. */
  readonly detail: string | null;

  constructor(kind: StorageErrorKind, detail: string | null = null, options?: { cause?: unknown }) {
    super(MESSAGES[kind], options?.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.detail = detail;
  }
}

export function storageMessage(kind: StorageErrorKind): string {
  return MESSAGES[kind];
}

function errorName(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : null;
}

/** The error and the errors it wraps (Dexie keeps the cause in `inner`). */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current && chain.length < 5) {
    chain.push(current);
    current = (current as { inner?: unknown }).inner ?? (current as { cause?: unknown }).cause;
  }
  return chain;
}

const QUOTA_NAMES: ReadonlySet<string> = new Set(['QuotaExceededError', Dexie.errnames.QuotaExceeded]);
const UNAVAILABLE_NAMES: ReadonlySet<string> = new Set([
  Dexie.errnames.MissingAPI,
  Dexie.errnames.InvalidState,
  'UnknownError',
  'SecurityError',
  'InvalidStateError',
]);
const ABORT_NAMES: ReadonlySet<string> = new Set([Dexie.errnames.Abort, 'AbortError', Dexie.errnames.TransactionInactive]);

/** True for a quota failure however it surfaced: the DOMException, Dexie's wrapper, or as the inner cause. */
export function isQuotaError(error: unknown): boolean {
  return causes(error).some((e) => QUOTA_NAMES.has(errorName(e) ?? ''));
}

/** Maps whatever an operation threw to a StorageError (bugs stay bugs: TypeErrors and the like are rethrown as is). */
export function toStorageError(error: unknown): unknown {
  if (error instanceof StorageError) return error;
  const chain = causes(error);
  const names = chain.map((e) => errorName(e) ?? '');
  const wrap = (kind: StorageErrorKind) => new StorageError(kind, String(error), { cause: error });
  if (names.some((n) => QUOTA_NAMES.has(n))) return wrap('quota_exceeded');
  if (names.some((n) => UNAVAILABLE_NAMES.has(n)) || names.includes(Dexie.errnames.OpenFailed)) return wrap('unavailable');
  if (names.includes(Dexie.errnames.Version)) return wrap('blocked_by_upgrade');
  // Closed with no other cause: this tab closed it because another one upgraded the schema.
  if (names[0] === Dexie.errnames.DatabaseClosed) {
    return wrap(names.every((n) => n === Dexie.errnames.DatabaseClosed) ? 'blocked_by_upgrade' : 'unavailable');
  }
  if (names.some((n) => ABORT_NAMES.has(n))) return wrap('aborted');
  return error;
}
