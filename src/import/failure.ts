// A failure the officer is told about in Vietnamese. Whatever else went wrong
// (a bug, a browser's own error string in English) is logged for support and
// shown as a Vietnamese sentence: no English text reaches the page.

export class ImportFailure extends Error {
  override readonly name = 'ImportFailure';
}

/** The worker could not finish a file (out of memory, a bug): what to tell the officer. */
export function workerFailed(fileName: string): ImportFailure {
  return new ImportFailure(`Lỗi khi đọc tệp "${fileName}": trình duyệt không đọc hết được tệp (có thể do thiếu bộ nhớ). Hãy đóng bớt các thẻ khác rồi thử lại, hoặc chia tệp thành nhiều tệp nhỏ hơn.`);
}

/** The Vietnamese message of a failure: our own (a StorageError, an ImportFailure) as it is, anything else in general words. */
export function failureMessage(error: unknown): string {
  if (error instanceof Error && (error.name === 'StorageError' || error.name === 'ImportFailure')) return error.message;
  console.error(error);
  return 'Có lỗi ngoài dự kiến của ứng dụng; dữ liệu đã lưu không thay đổi. Hãy tải lại trang rồi thử lại; nếu vẫn lỗi, hãy báo cho bộ phận hỗ trợ kèm tệp đã chọn.';
}
