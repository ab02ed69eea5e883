import { useSyncExternalStore } from 'react';
import { getDbHealth, subscribeDbHealth, type DbHealth } from '../db/health';
import { pick, useLang, type Bilingual } from '../ui/i18n';

const MESSAGES: Readonly<Record<Exclude<DbHealth, 'ok'>, Bilingual>> = {
  blocked_by_upgrade: {
    vi: 'Ứng dụng vừa được cập nhật ở một thẻ khác. Thẻ này đã ngừng truy cập dữ liệu để không làm hỏng dữ liệu: hãy tải lại trang (F5).',
    en: 'The app was updated in another tab. This tab stopped using the data to keep it safe: please reload the page.',
  },
  unavailable: {
    vi: 'Trình duyệt không cho phép lưu dữ liệu (có thể đang ở chế độ ẩn danh). Hãy mở ứng dụng trong cửa sổ thường.',
    en: 'The browser does not allow storing data (private mode?). Open the app in a normal window.',
  },
  quota_exceeded: {
    vi: 'Bộ nhớ trình duyệt đã đầy: lần ghi vừa rồi đã bị hủy, dữ liệu cũ không thay đổi. Hãy sao lưu rồi xóa bớt dữ liệu cũ, hoặc giải phóng dung lượng ổ đĩa.',
    en: 'Browser storage is full: the last write was cancelled and stored data is unchanged. Back up and remove old data, or free disk space.',
  },
};

/** Tells the user when the database cannot be used safely, and what to do. */
export function DbHealthBanner() {
  const lang = useLang();
  const health = useSyncExternalStore(subscribeDbHealth, getDbHealth);
  if (health === 'ok') return null;
  return (
    <div role="alert" className="banner banner-error">
      {pick(lang, MESSAGES[health])}
      {health === 'blocked_by_upgrade' && (
        <button type="button" onClick={() => window.location.reload()}>
          {lang === 'vi' ? 'Tải lại trang' : 'Reload'}
        </button>
      )}
    </div>
  );
}
