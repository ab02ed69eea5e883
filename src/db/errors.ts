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

/** True for a quota failure however it surfaced: the DOMException, Dexie's wrapper, or as the inner cause. */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const name = errorName(current);
    if (name === 'QuotaExceededError' || name === Dexie.errnames.QuotaExceeded) return true;
    const inner = (current as { inner?: unknown; cause?: unknown }).inner ?? (current as { cause?: unknown }).cause;
    current = inner;
  }
  return false;
}

/** Maps whatever an operation threw to a StorageError (bugs stay bugs: TypeErrors and the like are rethrown as is). */
export function toStorageError(error: unknown): unknown {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) return new StorageError('quota_exceeded', String(error), { cause: error });
  const name = errorName(error);
  switch (name) {
    case Dexie.errnames.MissingAPI:
    case Dexie.errnames.InvalidState:
    case Dexie.errnames.Open:
    case 'UnknownError':
    case 'SecurityError':
      return new StorageError('unavailable', String(error), { cause: error });
    case Dexie.errnames.DatabaseClosed:
    case Dexie.errnames.Version:
      return new StorageError('blocked_by_upgrade', String(error), { cause: error });
    case Dexie.errnames.Abort:
    case 'AbortError':
    case Dexie.errnames.TransactionInactive:
      return new StorageError('aborted', String(error), { cause: error });
    default:
      return error;
  }
}
