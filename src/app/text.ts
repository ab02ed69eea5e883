import type { Bilingual } from '../ui/i18n';

/** Words of the shell's own messages: a page that failed, a new version. */
export const TEXT = {
  pageFailed: { vi: 'Không mở được trang này', en: 'This page could not be opened' },
  chunkFailed: {
    vi: 'Không tải được phần mã của trang: mạng vừa bị ngắt, hoặc ứng dụng vừa có phiên bản mới. Dữ liệu đã lưu không bị ảnh hưởng.',
    en: 'The page’s code could not be loaded: the network dropped, or a new version of the app was just published. Stored data is not affected.',
  },
  renderFailed: {
    vi: 'Trang gặp lỗi khi hiển thị. Dữ liệu đã lưu không bị ảnh hưởng.',
    en: 'The page failed while showing. Stored data is not affected.',
  },
  reload: { vi: 'Tải lại', en: 'Reload' },
  reloadLoses: {
    vi: 'Đang có tệp nhập chưa lưu: tải lại trang sẽ bỏ chúng. Hãy lưu hoặc bỏ chúng ở trang',
    en: 'Files being imported are not stored yet: reloading drops them. Store or remove them first, on the page',
  },
  updateReady: { vi: 'Có phiên bản mới', en: 'A new version is available' },
  updateWaitsForImport: {
    vi: 'Phiên bản mới sẽ được dùng sau khi các tệp đang nhập được lưu hoặc bỏ.',
    en: 'The new version is used once the files being imported are stored or removed.',
  },
} as const satisfies Record<string, Bilingual>;
