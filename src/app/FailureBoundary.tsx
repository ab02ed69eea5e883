import { Component, type ReactNode } from 'react';
import { Link } from 'react-router';
import { PATHS } from './routes';
import { T, pick, useLang } from '../ui/i18n';
import { useUnsavedWork } from '../ui/unsaved-work';
import { reloadApp } from './app-update';
import { TEXT } from './text';

interface Props {
  readonly children: ReactNode;
  /** A change (the route's path) clears the failure, so another page can be opened. */
  readonly resetKey?: string;
}

interface State {
  readonly failed: boolean;
  readonly chunk: boolean;
  readonly key: string | undefined;
}

/** A page's code that could not be fetched (the browser's and Vite's wordings). */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(message);
}

/**
 * Around each route (and the whole shell): a page whose code cannot load, or
 * that throws while rendering, shows a message and "Tải lại" instead of
 * leaving the page white. React.lazy keeps a failed import failed, and so
 * does Chromium's module map, so recovering means reloading the page.
 */
export class FailureBoundary extends Component<Props, State> {
  override state: State = { failed: false, chunk: false, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { failed: true, chunk: isChunkLoadError(error) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { failed: false, chunk: false, key: props.resetKey };
  }

  override render(): ReactNode {
    return this.state.failed ? <PageFailure chunk={this.state.chunk} /> : this.props.children;
  }
}

function PageFailure(props: { readonly chunk: boolean }) {
  const lang = useLang();
  const unsaved = useUnsavedWork();
  return (
    <section role="alert" aria-labelledby="page-failed-title" className="card page-failure">
      <h1 id="page-failed-title">{pick(lang, TEXT.pageFailed)}</h1>
      <p>{pick(lang, props.chunk ? TEXT.chunkFailed : TEXT.renderFailed)}</p>
      {unsaved && (
        <p className="banner banner-warn">
          {pick(lang, TEXT.reloadLoses)} <Link to={PATHS.importData}>{pick(lang, T.importData)}</Link>.
        </p>
      )}
      <p>
        <button type="button" className="primary" onClick={() => void reloadApp()}>
          {pick(lang, TEXT.reload)}
        </button>
      </p>
    </section>
  );
}
