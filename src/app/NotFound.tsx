import { Link } from 'react-router';
import { useLang } from '../ui/i18n';

export function NotFound() {
  const lang = useLang();
  return (
    <section>
      <h1>{lang === 'vi' ? 'Không tìm thấy trang' : 'Page not found'}</h1>
      <p>
        <Link to="/">{lang === 'vi' ? 'Về trang Tổng quan' : 'Back to the overview'}</Link>
      </p>
    </section>
  );
}
