// The backup file: its types, and the validation that reads one back. A file
// is checked whole (format, version, checksum, every record's shape, array
// lengths, references) before anything touches the database.
import { isIndicatorCode } from '../domain/catalog';
import { parsePeriodCode } from '../domain/periods';
import type { Target } from '../domain/targets';
import type { CommuneType, PeriodCode } from '../domain/types';
import type { FileLayout } from '../domain/import-batch';
import { base64ToBytes } from './codec';
import { communeNormName, ownersPerValue, SCHEMA_VERSION, type AddedRows, type AliasRecord, type CommuneRecord, type ImportMeta, type ImportUndoRecord, type PeriodRecord, type SchemaVersion, type SettingRecord } from './schema';
import { isValidSetting } from './settings';

export const BACKUP_FORMAT = 'cchc-backup';

/** Every table, decoded, in the current schema's shapes. */
export interface BackupData {
  readonly communes: readonly CommuneRecord[];
  readonly periods: readonly PeriodRecord[];
  readonly imports: readonly ImportMeta[];
  readonly importUndo: readonly ImportUndoRecord[];
  readonly targets: readonly Target[];
  readonly settings: readonly SettingRecord[];
  readonly communeAliases: readonly AliasRecord[];
}

export interface Backup {
  /** Schema version the backup was written with (older ones are already migrated in `data`). */
  readonly version: SchemaVersion;
  readonly createdAt: number;
  readonly checksum: string;
  readonly data: BackupData;
}

export type ParseBackupResult = { readonly ok: true; readonly backup: Backup } | { readonly ok: false; readonly errors: readonly string[] };

const MAX_ERRORS = 50;
const COMMUNE_TYPES: readonly (CommuneType | null)[] = ['xã', 'phường', 'thị trấn', null];
const LAYOUTS: readonly FileLayout[] = ['long', 'wide', 'form'];

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v !== '';
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

/** Collects problems as Vietnamese sentences naming the table and the record. */
class Problems {
  readonly list: string[] = [];
  add(message: string): void {
    if (this.list.length < MAX_ERRORS) this.list.push(message);
    else if (this.list.length === MAX_ERRORS) this.list.push('… và các lỗi khác.');
  }
}

function where(table: string, index: number): string {
  return `Bảng "${table}", bản ghi thứ ${index + 1}`;
}

function decodeArray<T extends Float64Array | Uint8Array | Uint32Array>(
  text: unknown,
  make: (buffer: ArrayBuffer) => T,
  bytesPer: number,
  length: number,
  label: string,
  problems: Problems,
): T | null {
  const bytes = isString(text) ? base64ToBytes(text) : null;
  if (!bytes) {
    problems.add(`${label}: dữ liệu mã hoá không đọc được.`);
    return null;
  }
  if (bytes.length !== length * bytesPer) {
    problems.add(`${label}: có ${Math.floor(bytes.length / bytesPer)} phần tử, cần đúng ${length}.`);
    return null;
  }
  return make(bytes.buffer as ArrayBuffer);
}

/** A period record or an undo record's rows; before v4 with one import id per row, since with one per value. */
function readRows(raw: unknown, label: string, version: SchemaVersion, problems: Problems): PeriodRecord | null {
  if (!isObject(raw)) {
    problems.add(`${label}: không phải một bản ghi.`);
    return null;
  }
  const period = isString(raw.period) ? parsePeriodCode(raw.period) : null;
  if (!period) problems.add(`${label}: kỳ báo cáo "${String(raw.period)}" không hợp lệ.`);
  if (!isStringArray(raw.communeIds) || !raw.communeIds.every(isNonEmptyString)) {
    problems.add(`${label}: danh sách xã không hợp lệ.`);
    return null;
  }
  if (!isStringArray(raw.columns) || raw.columns.length === 0) {
    problems.add(`${label}: danh sách chỉ tiêu không hợp lệ.`);
    return null;
  }
  const rows = raw.communeIds.length;
  const cells = rows * raw.columns.length;
  const values = decodeArray(raw.values, (b) => new Float64Array(b), 8, cells, `${label}, giá trị`, problems);
  const flags = decodeArray(raw.flags, (b) => new Uint8Array(b), 1, cells, `${label}, cờ giá trị`, problems);
  const owners =
    version >= 4
      ? decodeArray(raw.valueImportIds, (b) => new Uint32Array(b), 4, cells, `${label}, lần nhập của từng giá trị`, problems)
      : decodeArray(raw.rowImportIds, (b) => new Uint32Array(b), 4, rows, `${label}, lần nhập của từng dòng`, problems);
  if (!period || !values || !flags || !owners) return null;
  const valueImportIds = version >= 4 ? owners : ownersPerValue({ rowImportIds: owners, values, communeIds: raw.communeIds }).valueImportIds;
  return { period, communeIds: raw.communeIds, columns: raw.columns, values, flags, valueImportIds };
}

function checkUnique<T>(items: readonly T[], key: (item: T) => unknown, table: string, problems: Problems): void {
  const seen = new Set<unknown>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) problems.add(`${where(table, i)}: khoá "${String(k)}" bị trùng.`);
    seen.add(k);
  });
}

function readCommune(raw: unknown, i: number, version: SchemaVersion, problems: Problems): CommuneRecord | null {
  const label = where('communes', i);
  if (!isObject(raw) || !isNonEmptyString(raw.id) || !isString(raw.name) || !isStringOrNull(raw.code) || !isStringOrNull(raw.parent)) {
    problems.add(`${label}: thiếu mã, tên hoặc đơn vị cấp trên hợp lệ.`);
    return null;
  }
  const type = raw.type;
  if (!COMMUNE_TYPES.includes(type as CommuneType | null)) {
    problems.add(`${label}: loại đơn vị "${String(type)}" không hợp lệ.`);
    return null;
  }
  if (version >= 2 && !isString(raw.normName)) {
    problems.add(`${label}: thiếu tên chuẩn hoá.`);
    return null;
  }
  // v1 had no normName: the v1 → v2 migration derives it, as the schema upgrade does.
  const normName = version >= 2 ? (raw.normName as string) : communeNormName(raw.name);
  return { id: raw.id, code: raw.code, name: raw.name, type: type as CommuneType | null, parent: raw.parent, normName };
}

function readImport(raw: unknown, i: number, problems: Problems): ImportMeta | null {
  const label = where('imports', i);
  if (!isObject(raw)) {
    problems.add(`${label}: không phải một bản ghi.`);
    return null;
  }
  const ok =
    isCount(raw.id) && raw.id > 0 &&
    isString(raw.fileName) && isString(raw.hash) && isCount(raw.byteLength) && isFiniteNumber(raw.importedAt) &&
    LAYOUTS.includes(raw.layout as FileLayout) && isString(raw.encoding) &&
    isCount(raw.valueCount) && isCount(raw.communeCount) && isCount(raw.replacedCount) && isCount(raw.addedCount) &&
    isStringArray(raw.periods) && raw.periods.every((p) => parsePeriodCode(p) !== null) &&
    isStringArray(raw.newCommuneIds) && (raw.undoneAt === null || isFiniteNumber(raw.undoneAt)) &&
    (raw.namesAsWritten === undefined || (Array.isArray(raw.namesAsWritten) && raw.namesAsWritten.every((n) => isObject(n) && isString(n.written) && isNonEmptyString(n.communeId))));
  if (!ok) {
    problems.add(`${label}: thông tin lần nhập không hợp lệ.`);
    return null;
  }
  return {
    id: raw.id as number, fileName: raw.fileName as string, hash: raw.hash as string, byteLength: raw.byteLength as number,
    importedAt: raw.importedAt as number, layout: raw.layout as FileLayout, encoding: raw.encoding as string,
    valueCount: raw.valueCount as number, communeCount: raw.communeCount as number, periods: raw.periods as PeriodCode[],
    replacedCount: raw.replacedCount as number, addedCount: raw.addedCount as number,
    newCommuneIds: raw.newCommuneIds as string[], undoneAt: raw.undoneAt as number | null,
    ...(raw.namesAsWritten === undefined ? {} : { namesAsWritten: (raw.namesAsWritten as { written: string; communeId: string }[]).map(({ written, communeId }) => ({ written, communeId })) }),
  };
}

function readUndo(raw: unknown, i: number, version: SchemaVersion, problems: Problems): ImportUndoRecord | null {
  const label = where('importUndo', i);
  if (!isObject(raw) || !isCount(raw.importId) || !Array.isArray(raw.replaced) || !Array.isArray(raw.added)) {
    problems.add(`${label}: không phải thông tin hoàn tác hợp lệ.`);
    return null;
  }
  const replaced: PeriodRecord[] = [];
  raw.replaced.forEach((group, g) => {
    const rows = readRows(group, `${label}, nhóm dòng bị thay thế ${g + 1}`, version, problems);
    if (rows) replaced.push(rows);
  });
  const added: AddedRows[] = [];
  raw.added.forEach((group, g) => {
    const period = isObject(group) && isString(group.period) ? parsePeriodCode(group.period) : null;
    if (!period || !isObject(group) || !isStringArray(group.communeIds)) {
      problems.add(`${label}, nhóm dòng được thêm ${g + 1}: không hợp lệ.`);
      return;
    }
    added.push({ period, communeIds: group.communeIds });
  });
  return { importId: raw.importId, replaced, added };
}

function readTarget(raw: unknown, i: number, problems: Problems): Target | null {
  if (
    !isObject(raw) || !isString(raw.indicator) || !isIndicatorCode(raw.indicator) || !isFiniteNumber(raw.target) ||
    (raw.direction !== '>=' && raw.direction !== '<=') || !isFiniteNumber(raw.nearFrom)
  ) {
    problems.add(`${where('targets', i)}: chỉ tiêu không hợp lệ.`);
    return null;
  }
  return { indicator: raw.indicator, target: raw.target, direction: raw.direction, nearFrom: raw.nearFrom };
}

function readList<T>(payload: Json, table: string, read: (raw: unknown, i: number) => T | null, problems: Problems): T[] {
  const raw = payload[table];
  if (!Array.isArray(raw)) {
    problems.add(`Thiếu bảng "${table}" trong bản sao lưu.`);
    return [];
  }
  const out: T[] = [];
  raw.forEach((item, i) => {
    const value = read(item, i);
    if (value !== null) out.push(value);
  });
  return out;
}

/** The payload's tables decoded and migrated to the current schema; problems when any part is wrong. */
export function readPayload(payload: unknown, version: SchemaVersion): { data: BackupData; errors: string[] } {
  const problems = new Problems();
  const body: Json = isObject(payload) ? payload : {};
  if (!isObject(payload)) problems.add('Bản sao lưu không có phần dữ liệu.');

  const communes = readList(body, 'communes', (raw, i) => readCommune(raw, i, version, problems), problems);
  const periods: PeriodRecord[] = readList(body, 'periods', (raw, i) => readRows(raw, where('periods', i), version, problems), problems);
  const imports = readList(body, 'imports', (raw, i) => readImport(raw, i, problems), problems);
  const importUndo = readList(body, 'importUndo', (raw, i) => readUndo(raw, i, version, problems), problems);
  const targets = readList(body, 'targets', (raw, i) => readTarget(raw, i, problems), problems);
  const settings = readList(
    body,
    'settings',
    (raw, i): SettingRecord | null => {
      if (!isObject(raw) || !isNonEmptyString(raw.key) || !('value' in raw) || !isValidSetting(raw.key, raw.value)) {
        problems.add(`${where('settings', i)}: thiết lập không hợp lệ.`);
        return null;
      }
      return { key: raw.key, value: raw.value };
    },
    problems,
  );
  const communeAliases = readList(
    body,
    'communeAliases',
    (raw, i): AliasRecord | null => {
      if (!isObject(raw) || !isNonEmptyString(raw.alias) || !isNonEmptyString(raw.communeId)) {
        problems.add(`${where('communeAliases', i)}: tên gọi khác của xã không hợp lệ.`);
        return null;
      }
      return { alias: raw.alias, communeId: raw.communeId };
    },
    problems,
  );

  checkUnique(communes, (c) => c.id, 'communes', problems);
  checkUnique(periods, (p) => p.period, 'periods', problems);
  checkUnique(imports, (m) => m.id, 'imports', problems);
  checkUnique(importUndo, (u) => u.importId, 'importUndo', problems);
  checkUnique(targets, (t) => t.indicator, 'targets', problems);
  checkUnique(settings, (s) => s.key, 'settings', problems);
  checkUnique(communeAliases, (a) => a.alias, 'communeAliases', problems);

  const communeIds = new Set(communes.map((c) => c.id));
  const importIds = new Set(imports.map((m) => m.id));
  periods.forEach((record, i) => {
    if (new Set(record.communeIds).size !== record.communeIds.length) problems.add(`${where('periods', i)}: một xã xuất hiện hai lần.`);
    const missing = record.communeIds.filter((id) => !communeIds.has(id));
    if (missing.length > 0) problems.add(`${where('periods', i)}: có số liệu của xã không có trong danh sách xã (${missing.slice(0, 3).join(', ')}).`);
  });
  importUndo.forEach((undo, i) => {
    if (!importIds.has(undo.importId)) problems.add(`${where('importUndo', i)}: không ứng với lần nhập nào.`);
  });
  communeAliases.forEach((alias, i) => {
    if (!communeIds.has(alias.communeId)) problems.add(`${where('communeAliases', i)}: trỏ tới xã không tồn tại.`);
  });

  return { data: { communes, periods, imports, importUndo, targets, settings, communeAliases }, errors: problems.list };
}

/** The version number if the file's is one this code can read. */
export function readVersion(value: unknown): { version: SchemaVersion } | { error: string } {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) return { error: 'Phiên bản của bản sao lưu không hợp lệ.' };
  if (value > SCHEMA_VERSION) {
    return { error: `Bản sao lưu được tạo bởi phiên bản mới hơn của ứng dụng (phiên bản dữ liệu ${value}, ứng dụng này đọc tới ${SCHEMA_VERSION}). Hãy cập nhật ứng dụng rồi khôi phục lại.` };
  }
  return { version: value as SchemaVersion };
}
