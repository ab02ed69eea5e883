// The import feature's own words, Vietnamese first.
import type { Bilingual } from '../../ui/i18n';

export const TX = {
  pageTitle: { vi: 'Nhập dữ liệu', en: 'Import data' },
  intro: {
    vi: 'Chọn hoặc kéo thả các tệp CSV mà các xã gửi lên (dạng dọc, dạng ngang hoặc biểu mẫu; UTF-8, UTF-16 hoặc Windows-1258). Ứng dụng đọc tệp ngay trên máy này, cho xem trước, và chỉ lưu khi bạn bấm “Lưu”.',
    en: 'Choose or drop the CSV files the communes sent (long, wide or form layout; UTF-8, UTF-16 or Windows-1258). The app reads them on this computer, shows a preview and stores nothing until you press “Save”.',
  },
  chooseFiles: { vi: 'Chọn tệp CSV để nhập', en: 'Choose CSV files to import' },
  dropHint: { vi: 'hoặc kéo thả tệp (hay cả thư mục) vào đây', en: 'or drop files (or a whole folder) here' },
  reading: { vi: 'Đang đọc', en: 'Reading' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  remove: { vi: 'Bỏ tệp này', en: 'Remove this file' },
  retry: { vi: 'Đọc lại', en: 'Read again' },
  cancelled: { vi: 'Đã hủy đọc tệp.', en: 'Reading was cancelled.' },
  queued: { vi: 'Đang chờ đọc…', en: 'Waiting…' },
  readFailed: { vi: 'Không đọc được tệp:', en: 'Could not read the file:' },
  preview: { vi: 'Xem trước', en: 'Preview' },
  layout: { vi: 'Dạng tệp', en: 'Layout' },
  encoding: { vi: 'Bảng mã', en: 'Encoding' },
  separator: { vi: 'Dấu phân cách', en: 'Separator' },
  convention: { vi: 'Cách viết số', en: 'Number convention' },
  conventionVi: { vi: 'Kiểu Việt Nam: 1.590 là một nghìn năm trăm chín mươi; 99,93 có dấu phẩy thập phân', en: 'Vietnamese: 1.590 is one thousand five hundred ninety; 99,93 has a decimal comma' },
  conventionEn: { vi: 'Kiểu quốc tế: 1,590 là một nghìn năm trăm chín mươi; 99.93 có dấu chấm thập phân', en: 'English: 1,590 is one thousand five hundred ninety; 99.93 has a decimal point' },
  found: { vi: 'Tìm thấy', en: 'Found' },
  values: { vi: 'Số giá trị sẽ lưu', en: 'Values to store' },
  rows: { vi: 'Số dòng dữ liệu', en: 'Data rows' },
  rowsWithErrors: { vi: 'Dòng có lỗi (sẽ không lưu)', en: 'Rows with errors (not stored)' },
  fatal: { vi: 'Không thể lưu tệp này — không có gì được lưu. Lý do:', en: 'This file cannot be stored — nothing is stored. Why:' },
  fatalCaption: { vi: 'Vì sao không lưu được tệp (không có gì được lưu)', en: 'Why the file cannot be stored (nothing is stored)' },
  errorsCaption: { vi: 'Các dòng có lỗi', en: 'Rows with errors' },
  untrackedFormRows: {
    vi: '{n} dòng của biểu mẫu không thuộc các chỉ tiêu theo dõi nên không được nhập (điều này là bình thường) — xem danh sách',
    en: '{n} rows of the form are not tracked indicators and are not imported (this is normal) — see the list',
  },
  untrackedFormRowsCaption: { vi: 'Dòng của biểu mẫu không được nhập', en: 'Form rows not imported' },
  warningsCaption: { vi: 'Cảnh báo kiểm tra số liệu (vẫn lưu, nên xem lại)', en: 'Data-check warnings (stored, worth a look)' },
  otherNotesCaption: { vi: 'Ghi chú khác về tệp', en: 'Other notes on the file' },
  unmatched: { vi: 'Cột không nhận ra (sẽ bỏ qua)', en: 'Columns not recognised (ignored)' },
  closest: { vi: 'gần nhất', en: 'closest' },
  noCandidate: { vi: 'không có chỉ tiêu nào gần', en: 'no close indicator' },
  newCommunes: { vi: 'Xã/phường mới (sẽ được thêm)', en: 'New communes (will be added)' },
  decideTitle: { vi: 'Tên gần giống một xã đã có — hãy chọn', en: 'Name resembles a known commune — choose' },
  mergeInto: { vi: 'Gộp vào', en: 'Merge into' },
  addNew: { vi: 'Thêm mới', en: 'Add as new' },
  changesTitle: { vi: 'Tệp này sẽ làm gì với số liệu đã lưu', en: 'What this file does to the stored figures' },
  changesAdded: { vi: '{n} giá trị mới', en: '{n} new values' },
  changesChanged: { vi: '{n} giá trị đã lưu sẽ thay đổi', en: '{n} stored values will change' },
  changesSame: { vi: '{n} giá trị trùng với giá trị đã lưu', en: '{n} values equal to those stored' },
  changesEmptied: { vi: '{n} giá trị đã lưu sẽ bị xóa', en: '{n} stored values will be removed' },
  changesUntouched: { vi: '{n} giá trị đã lưu của các kỳ này giữ nguyên', en: '{n} stored values of these periods stay as they are' },
  changesList: { vi: 'Xem {n} giá trị thay đổi (cũ → mới)', en: 'See the {n} values that change (old → new)' },
  policyTitle: { vi: 'Cách ghi vào số liệu đã lưu', en: 'How the file meets the stored figures' },
  replaceConfirm: {
    vi: 'Sẽ xóa {n} giá trị đang lưu khi lưu tệp {file}. Có thể hoàn tác ở trang Dữ liệu đã lưu. Tiếp tục?',
    en: '{n} stored values will be removed when {file} is stored. It can be undone on the Stored data page. Go on?',
  },
  replaceYes: { vi: 'Đồng ý thay', en: 'Replace' },
  replaceNo: { vi: 'Không, chỉ ghi giá trị có trong tệp', en: 'No, write only the file’s values' },
  conflictsTitle: { vi: 'Khác với tệp khác chọn cùng lúc', en: 'Disagrees with another file chosen with it' },
  conflictsWith: { vi: '{n} giá trị khác với tệp {other}', en: '{n} values differ from {other}' },
  conflictKeep: { vi: 'Dùng giá trị của tệp {file}', en: 'Use the values of {file}' },
  conflictUnsettled: {
    vi: 'Chưa lưu được hai tệp này: hãy chọn tệp đúng, hoặc bỏ một tệp.',
    en: 'Neither file can be stored yet: choose the right one, or remove one.',
  },
  totalChanges: { vi: 'Tổng cộng các tệp: {added} giá trị mới, {changed} giá trị thay đổi, {emptied} giá trị bị xóa.', en: 'All files: {added} new values, {changed} changed, {emptied} removed.' },
  blockedConflicts: { vi: 'Có tệp ghi khác nhau cho cùng một giá trị: hãy chọn tệp đúng trước khi lưu.', en: 'Two files give a value differently: choose the right one before saving.' },
  needsTitle: { vi: 'Biểu mẫu chưa ghi rõ xã hoặc kỳ báo cáo', en: 'The form does not name its commune or period' },
  formCommune: { vi: 'Tên xã/phường của biểu mẫu', en: 'Commune of the form' },
  formPeriod: { vi: 'Kỳ báo cáo (ví dụ: 6 tháng đầu năm 2022)', en: 'Period (e.g. 6 tháng đầu năm 2022)' },
  periodInvalid: { vi: 'Không hiểu kỳ báo cáo này. Ví dụ: “Quý I/2022”, “6 tháng đầu năm 2022”, “Năm 2022”.', en: 'Period not understood. E.g. “Quý I/2022”, “6 tháng đầu năm 2022”, “Năm 2022”.' },
  rerunWith: { vi: 'Đọc lại với thông tin này', en: 'Read again with this' },
  storeFailed: { vi: 'Không lưu được (dữ liệu đã lưu không thay đổi):', en: 'Not stored (stored data unchanged):' },
  committing: { vi: 'Đang lưu…', en: 'Saving…' },
  blockedErrors: {
    vi: 'Có tệp chứa dòng lỗi: hãy xem lỗi và đánh dấu ô “Bỏ qua … dòng có lỗi” của tệp đó, hoặc bỏ tệp.',
    en: 'A file has rows with errors: review them and tick “skip … rows with errors” for that file, or remove it.',
  },
  blockedNeeds: { vi: 'Có biểu mẫu cần chọn xã hoặc kỳ báo cáo trước khi lưu.', en: 'A form needs its commune or period before saving.' },
  summaryTitle: { vi: 'Kết quả lưu', en: 'Saved' },
  toOverview: { vi: 'Xem tổng quan', en: 'Open the overview' },
  persistGranted: {
    vi: 'Trình duyệt đã đồng ý lưu dữ liệu bền vững: dữ liệu sẽ không bị tự động xóa khi thiếu dung lượng.',
    en: 'The browser granted persistent storage: data will not be evicted when disk space runs low.',
  },
  persistDenied: {
    vi: 'Trình duyệt chưa cho lưu bền vững: khi ổ đĩa đầy, trình duyệt có thể xóa dữ liệu của ứng dụng. Hãy sao lưu thường xuyên (trang Dữ liệu đã lưu).',
    en: 'The browser did not grant persistent storage: it may delete the app’s data when the disk is short. Back up regularly (Stored data page).',
  },
  backupReminder: { vi: 'Bản sao lưu gần nhất cũ hơn dữ liệu hiện có.', en: 'Your last backup is older than the data.' },
  backupLink: { vi: 'Tạo bản sao lưu ở trang Dữ liệu đã lưu', en: 'Make a backup on the Stored data page' },
} as const satisfies Record<string, Bilingual>;

export const LAYOUT_LABEL: Readonly<Record<string, Bilingual>> = {
  long: { vi: 'Dạng dọc (mỗi dòng một giá trị)', en: 'Long (one value a row)' },
  wide: { vi: 'Dạng ngang (mỗi cột một chỉ tiêu)', en: 'Wide (one indicator a column)' },
  form: { vi: 'Biểu mẫu thống kê của một xã', en: 'One commune’s statistical form' },
};

export const ENCODING_LABEL: Readonly<Record<string, string>> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (BOM)',
  'utf-16le': 'UTF-16LE (Excel “Unicode text”)',
  'utf-16be': 'UTF-16BE',
  'windows-1258': 'Windows-1258',
};

export const SEPARATOR_LABEL: Readonly<Record<string, Bilingual>> = {
  ',': { vi: 'dấu phẩy ( , )', en: 'comma ( , )' },
  ';': { vi: 'dấu chấm phẩy ( ; )', en: 'semicolon ( ; )' },
  '\t': { vi: 'ký tự tab', en: 'tab' },
};

/** How a file meets the stored figures: the policies the officer may choose. */
export const POLICY_LABEL = {
  overlay: {
    vi: 'Chỉ ghi các giá trị có trong tệp; giữ nguyên mọi chỉ tiêu tệp không có (khuyên dùng)',
    en: 'Write only the values the file has; keep every indicator it does not carry (recommended)',
  },
  replace: {
    vi: 'Thay toàn bộ báo cáo của các xã có trong tệp (chỉ tiêu nào tệp không có sẽ bị xóa)',
    en: 'Replace the whole report of each commune in the file (indicators it lacks are removed)',
  },
  replace_period: {
    vi: 'Thay toàn bộ số liệu của các kỳ trong tệp (cả các xã tệp không có)',
    en: 'Replace all figures of the file’s periods (communes the file lacks too)',
  },
} as const satisfies Record<'overlay' | 'replace' | 'replace_period', Bilingual>;
