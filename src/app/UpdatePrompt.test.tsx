import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setUnsavedWork } from '../ui/unsaved-work';
import { announceUpdate } from './app-update';
import { UpdatePrompt } from './UpdatePrompt';

afterEach(() => {
  cleanup();
  setUnsavedWork('import', false);
});

describe('UpdatePrompt', () => {
  it('shows nothing until a new version waits', () => {
    render(<UpdatePrompt />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('lets the new version in on "Tải lại" only while no unsaved work is held', async () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    const takeOver = vi.fn(() => Promise.resolve());
    render(<UpdatePrompt />);
    act(() => {
      setUnsavedWork('import', true);
      announceUpdate(takeOver);
    });
    const prompt = screen.getByRole('status', { name: 'Có phiên bản mới' });
    expect(prompt).toHaveTextContent('Có phiên bản mới — Tải lại');
    expect(prompt).toHaveTextContent('Phiên bản mới sẽ được dùng sau khi các tệp đang nhập được lưu hoặc bỏ.');
    const button = screen.getByRole('button', { name: 'Tải lại' });
    expect(button).toBeDisabled();
    const user = userEvent.setup();
    await user.click(button);
    expect(takeOver).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();

    act(() => setUnsavedWork('import', false));
    expect(button).toBeEnabled();
    await user.click(button);
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(takeOver).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });
});
