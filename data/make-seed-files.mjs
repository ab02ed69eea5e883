// Writes the five seed reports' figures (shared/domain/seed-figures.csv, read
// from the reports in shared/seeds/) as CSV files in the layouts and encodings
// real offices send (shared/domain/formats.md). Run: node data/make-seed-files.mjs
// The output bytes depend on nothing but this script, so they are reproducible.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvText, utf16le, utf8, viNumber, windows1258 } from './lib/csv.mjs';
import { LABEL_VI } from './lib/labels.mjs';

const OUT = join(dirname(fileURLToPath(import.meta.url)), 'seeds');

/** Seed 000, Xã Cộng Lạc, 2022-H1: received dossiers are not reported at all. */
const SEED_000 = [
  ['dossiers_resolved', 1590],
  ['dossiers_resolved_on_time', 1589],
  ['dossiers_resolved_late', 1],
  ['dossiers_received_online', 270],
  ['procedures_total', 169],
  ['procedures_online_partial', 47],
  ['satisfaction_rate', 100],
  ['feedback_received', 0],
  ['staff_total', 20],
  ['staff_cadres', 10],
  ['staff_civil_servants', 9],
  ['edu_university', 18],
  ['edu_intermediate', 2],
  ['pol_intermediate', 15],
  ['pol_elementary', 1],
  ['pol_none', 1],
  ['staff_disciplined', 0],
  ['plans_issued', 8],
  ['propaganda_items', 118],
];

/**
 * Seed 001, Xã Bình Lãng, 2022-H1: rows of the statistical appendix (Phụ lục)
 * that carry a catalog indicator, with the appendix's section and STT so the
 * importer can match them by template_ref (BM3 3.3.1 …). Where the appendix's
 * wording is not a catalog label or alias, the catalog label is used: rows such
 * as 3.1.1 "Tổng số hồ sơ TTHC đã giải quyết xong" (provincial-level dossiers)
 * repeat a label with another meaning and are left out. Value `null` = empty
 * cell, as in the appendix. BM6 is kept for its "3.000" (million đồng) figures,
 * which no indicator holds.
 */
const SEED_001_FORM = [
  { section: ['Biểu mẫu 1', 'Công tác chỉ đạo điều hành CCHC'], rows: [
    ['1.', LABEL_VI.directive_documents, 'Văn bản', '21', 'Kết luận, chỉ thị, công văn chỉ đạo, quán triệt'],
    ['2.', 'Tỷ lệ hoàn thành Kế hoạch CCHC năm', '%', '63,6', 'Lũy kế đến thời điểm báo cáo'],
    ['2.1.', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', '33', ''],
    ['2.2.', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', '14', ''],
    ['4.1.', 'Tổng số nhiệm vụ được giao', 'Nhiệm vụ', '', ''],
    ['4.2.', LABEL_VI.assigned_tasks_on_time, 'Nhiệm vụ', '', ''],
    ['4.3.', LABEL_VI.assigned_tasks_late, 'Nhiệm vụ', '', ''],
    ['4.4.', LABEL_VI.assigned_tasks_overdue, 'Nhiệm vụ', '', ''],
    ['5.1.', 'Số lượng phiếu khảo sát', 'Phiếu', '738', ''],
  ] },
  { section: ['Biểu mẫu 3', 'Cải cách thủ tục hành chính'], rows: [
    ['1.4.', LABEL_VI.procedures_total, 'Thủ tục', '172', '146 TTHC cấp xã, 14 quân sự, 12 công an'],
    ['3.3.1.', LABEL_VI.dossiers_resolved, 'Hồ sơ', '738', 'Hồ sơ do UBND cấp xã tiếp nhận'],
    ['3.3.2.', LABEL_VI.dossiers_resolved_on_time, 'Hồ sơ', '738', ''],
    ['3.4.1.', LABEL_VI.feedback_received, 'PAKN', '0', ''],
    ['3.4.2.', LABEL_VI.feedback_resolved, 'PAKN', '0', ''],
  ] },
  { section: ['Biểu mẫu 4', 'Cải cách bộ máy hành chính nhà nước'], rows: [
    ['2.1.', LABEL_VI.staff_quota, 'Người', '20', 'Giao trong năm'],
    ['2.2.', LABEL_VI.staff_total, 'Người', '20', 'Có mặt tại thời điểm báo cáo'],
    ['3.2.', LABEL_VI.staff_non_dedicated, 'Người', '10', 'Được giao 13 người'],
  ] },
  { section: ['Biểu mẫu 5', 'Cải cách chế độ công vụ'], rows: [
    ['3.', LABEL_VI.staff_disciplined, 'Người', '0', 'Cả về Đảng và chính quyền'],
  ] },
  { section: ['Biểu mẫu 6', 'Cải cách tài chính công'], rows: [
    ['1.1.', 'Kế hoạch giải ngân vốn đầu tư công được giao', 'Triệu đồng', '3.000', ''],
    ['1.2.', 'Kế hoạch giải ngân vốn đầu tư công đã thực hiện', 'Triệu đồng', '5.000', ''],
  ] },
  { section: ['Biểu mẫu 7', 'Xây dựng chính quyền điện tử, chính quyền số'], rows: [
    ['6.7.1.', LABEL_VI.dossiers_received, 'Hồ sơ', '738', ''],
    ['6.7.2.', LABEL_VI.dossiers_received_online, 'Hồ sơ', '170', 'Tỷ lệ 23%'],
  ] },
];

/** Seed 001's figures from the body of the report, not in its appendix. */
const SEED_001_EXTRA = [
  ['dossiers_resolved_late', 0],
  ['online_accounts', 140],
  ['satisfaction_rate', 100],
  ['staff_cadres', 10],
  ['staff_civil_servants', 10],
  ['edu_university', 18],
  ['edu_college', 1],
  ['edu_intermediate', 1],
  ['pol_intermediate', 16],
  ['pol_elementary', 1],
  ['staff_trained', 13],
  ['propaganda_items', 52],
];

/** Seed 002, Xã Đại Hợp, 2021-9M (window 15/12/2020–14/09/2021). */
const SEED_002 = [
  ['dossiers_received', '1.992'],
  ['dossiers_resolved', '1.992'],
  ['dossiers_resolved_on_time', '1.992'],
  ['dossiers_resolved_early', '1.974'],
  ['dossiers_resolved_late', '0'],
  ['dossiers_received_online', '0'],
  ['feedback_received', '0'],
  ['satisfaction_rate', 'trên 95%'],
];

/** Seed 003, Xã Lộc Thủy, 2022-Q1 (window 05/12/2021–04/03/2022). */
const SEED_003 = [
  ['dossiers_received', 486],
  ['dossiers_resolved', 406],
  ['dossiers_resolved_on_time', 394],
  ['dossiers_resolved_late', 12],
  ['dossiers_pending', 80],
  ['dossiers_pending_overdue', 19],
  ['dossiers_digitized', 486],
  ['dossiers_received_online', 0],
  ['procedures_total', 210],
  ['satisfaction_rate', 100],
  ['feedback_received', 0],
  ['assigned_tasks_total', 12],
  ['assigned_tasks_on_time', 10],
  ['plan_completion_reported', 100],
  ['staff_total', 21],
  ['staff_cadres', 11],
  ['staff_civil_servants', 10],
  ['edu_university', 18],
  ['edu_college', 1],
  ['edu_intermediate', 2],
  ['staff_non_dedicated', 11],
  ['plans_issued', 9],
  ['propaganda_items', 15],
];

/** Seed 004, Phường Cổ Thành, 2022-Q1. */
const SEED_004 = [
  ['dossiers_received', 670],
  ['dossiers_resolved', 670],
  ['dossiers_resolved_on_time', 670],
  ['dossiers_resolved_late', 0],
  ['dossiers_received_online', 0],
  ['staff_total', 18],
  ['edu_university', 17],
  ['edu_intermediate', 1],
  ['staff_non_dedicated', 11],
  ['plans_issued', 14],
];

function seedFiles() {
  const files = [];

  // 000: long layout from an English-locale machine: UTF-8 without BOM, comma, LF.
  files.push(['000-xa-cong-lac-2022-H1-long.csv', utf8(csvText(
    [['commune_name', 'period', 'indicator', 'value'], ...SEED_000.map(([code, v]) => ['Xã Cộng Lạc', '2022-H1', code, String(v)])],
    ',', '\n',
  ))]);

  // 001: the appendix as a form file (Vietnamese Excel: BOM, semicolon, decimal comma)…
  const formRows = [
    ['BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2022 TRÊN ĐỊA BÀN XÃ BÌNH LÃNG', '', '', '', ''],
    ['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Số lượng/Tỷ lệ', 'Ghi chú'],
  ];
  // As in the appendix: "Biểu mẫu N" on its own, then the section's title.
  for (const { section: [number, title], rows } of SEED_001_FORM) formRows.push([number, title, '', '', ''], ...rows);
  files.push(['001-xa-binh-lang-2022-H1-bieu-mau.csv', utf8(csvText(formRows, ';'), { bom: true })]);
  // …and the figures of the report's body in a small wide file, with the commune's code.
  files.push(['001-xa-binh-lang-2022-H1-bo-sung.csv', utf8(csvText([
    ['Mã xã', 'Tên xã', 'Kỳ báo cáo', ...SEED_001_EXTRA.map(([code]) => LABEL_VI[code])],
    ['30715', 'Xã Bình Lãng', '6 tháng đầu năm 2022', ...SEED_001_EXTRA.map(([, v]) => viNumber(v))],
  ], ';'), { bom: true })]);

  // 002: wide, semicolon, Windows-1258 from an older Vietnamese Excel.
  files.push(['002-xa-dai-hop-2021-9M-windows-1258.csv', windows1258(csvText([
    ['Tên xã', 'Kỳ báo cáo', ...SEED_002.map(([code]) => LABEL_VI[code])],
    ['Xã Đại Hợp', '9 tháng đầu năm 2021', ...SEED_002.map(([, v]) => v)],
  ], ';'))]);

  // 003: wide, Excel "Unicode text": UTF-16LE with BOM, tab separated.
  files.push(['003-xa-loc-thuy-2022-Q1-utf16.csv', utf16le(csvText([
    ['Tên xã', 'Kỳ báo cáo', ...SEED_003.map(([code]) => LABEL_VI[code])],
    ['Xã Lộc Thủy', 'Quý I năm 2022', ...SEED_003.map(([, v]) => viNumber(v))],
  ], '\t'))]);

  // 004: long layout with Vietnamese headers, semicolon, UTF-8 with BOM.
  files.push(['004-phuong-co-thanh-2022-Q1-long.csv', utf8(csvText(
    [['Tên xã', 'Kỳ báo cáo', 'Chỉ tiêu', 'Giá trị'], ...SEED_004.map(([code, v]) => ['Phường Cổ Thành', 'Quý I/2022', LABEL_VI[code], viNumber(v)])],
    ';',
  ), { bom: true })]);

  return files;
}

mkdirSync(OUT, { recursive: true });
for (const [name, bytes] of seedFiles()) {
  writeFileSync(join(OUT, name), bytes);
  console.log(`${name}: ${bytes.length} bytes`);
}
