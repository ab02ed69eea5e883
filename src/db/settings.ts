// User settings: a key → value table; the defaults are code, not data.
export interface Settings {
  /** The unit whose communes these are, shown in the header. */
  readonly unitName: string;
  /** What the level above the communes is called (district, province, cluster), as the user names it. */
  readonly parentLevel: string | null;
  readonly lastBackupAt: number | null;
  readonly lastDataChangeAt: number | null;
  /** Whether persistent storage was already asked for (asked once, on first import). */
  readonly persistAsked: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  unitName: 'Đơn vị chưa đặt tên',
  parentLevel: null,
  lastBackupAt: null,
  lastDataChangeAt: null,
  persistAsked: false,
};

export type SettingKey = keyof Settings;

const isTime = (v: unknown): boolean => v === null || (typeof v === 'number' && Number.isFinite(v));

const VALID: Readonly<Record<SettingKey, (value: unknown) => boolean>> = {
  unitName: (v) => typeof v === 'string',
  parentLevel: (v) => v === null || typeof v === 'string',
  lastBackupAt: isTime,
  lastDataChangeAt: isTime,
  persistAsked: (v) => typeof v === 'boolean',
};

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(VALID, key);
}

/** Whether `value` may be stored under `key`; unknown keys are kept as they are (a newer version may have written them). */
export function isValidSetting(key: string, value: unknown): boolean {
  return isSettingKey(key) ? VALID[key](value) : true;
}

/** The settings that the stored rows give, defaults for the rest and for anything malformed. */
export function settingsFromRows(rows: readonly { key: string; value: unknown }[]): Settings {
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const { key, value } of rows) {
    if (isSettingKey(key) && VALID[key](value)) out[key] = value;
  }
  return out as unknown as Settings;
}
