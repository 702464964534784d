import { registerMessages } from '../../i18n/i18n';

export const NS = 'workspace-import';

registerMessages(NS, {
  vi: {
    title: 'Nhập dữ liệu từ tệp',
    intro:
      'Nhập danh sách công đoàn cơ sở hoặc kết quả các cuộc vận động của thành phố {{city}} từ một tệp .xlsx hoặc .csv. Kiểm tra trước: chỉ khi tệp không có lỗi nào mới nhập được, và cả tệp được ghi một lần (hoặc không ghi gì).',
    noCity: 'Tài khoản của bạn không gắn với thành phố nào nên không nhập dữ liệu được.',
    formLabel: 'Chọn tệp để nhập',
    file: 'Tệp dữ liệu (.xlsx hoặc .csv)',
    fileHint: 'Dòng tiêu đề cột ở trên cùng (có thể có dòng tên bảng phía trên). Tối đa {{max}}.',
    chosen: 'Đã chọn: {{name}} ({{size}})',
    kind: 'Loại dữ liệu',
    kindAuto: 'Tự nhận biết theo tên cột',
    kindUNITS: 'Danh sách công đoàn cơ sở',
    kindRESULTS: 'Kết quả các cuộc vận động',
    fileMissing: 'Chưa chọn tệp.',
    tooLarge:
      'Tệp lớn {{size}}, vượt quá {{max}} cho phép. Hãy tách thành nhiều tệp nhỏ hơn rồi nhập từng tệp.',
    wrongType: 'Chỉ nhận tệp .xlsx (Excel) hoặc .csv.',
    empty: 'Tệp này trống.',
    check: 'Kiểm tra trước (không ghi)',
    import: 'Nhập dữ liệu',
    importLocked: 'Nút “Nhập dữ liệu” chỉ dùng được sau khi kiểm tra tệp và không có lỗi nào.',
    uploading: 'Đang gửi tệp {{name}} ({{size}}) và kiểm tra, xin chờ…',
    importing: 'Đang gửi tệp {{name}} ({{size}}) và ghi dữ liệu, xin chờ…',
    checkedClean:
      'Tệp không có lỗi: {{rows}} dòng. Nếu nhập sẽ thêm {{created}}, cập nhật {{updated}}, giữ nguyên {{unchanged}}. Chưa có gì được ghi; bấm “Nhập dữ liệu” để ghi.',
    checkedProblems_one:
      'Tệp có {{count}} lỗi. Chưa có gì được ghi lại. Sửa tệp theo bảng dưới đây rồi kiểm tra lại.',
    checkedProblems_other:
      'Tệp có {{count}} lỗi. Chưa có gì được ghi lại. Sửa tệp theo bảng dưới đây rồi kiểm tra lại.',
    imported:
      'Đã nhập {{rows}} dòng: thêm mới {{created}}, cập nhật {{updated}}, giữ nguyên {{unchanged}}. Thay đổi đã được ghi vào nhật ký.',
    report: 'Kết quả kiểm tra tệp {{name}}',
    importedReport: 'Kết quả nhập tệp {{name}}',
    reportKind: 'Loại dữ liệu',
    rows: 'Số dòng',
    created: 'Thêm mới',
    updated: 'Cập nhật',
    unchanged: 'Giữ nguyên',
    will: { created: 'Sẽ thêm mới', updated: 'Sẽ cập nhật', unchanged: 'Sẽ giữ nguyên' },
    problems: 'Lỗi',
    problemsTitle: 'Các lỗi trong tệp',
    row: 'Dòng',
    column: 'Cột',
    message: 'Lỗi',
    tooLargeServer: 'Máy chủ từ chối: tệp lớn hơn {{max}}. Chưa có gì được ghi lại.',
  },
  en: {
    title: 'Import from a file',
    intro:
      'Import the grassroots unions or the campaign results of {{city}} from an .xlsx or .csv file. Check first: only a file without problems can be imported, and the whole file is written at once (or nothing).',
    noCity: 'Your account is not tied to a city, so it cannot import records.',
    formLabel: 'Choose a file to import',
    file: 'Data file (.xlsx or .csv)',
    fileHint: 'Column names at the top (a title row above them is fine). At most {{max}}.',
    chosen: 'Chosen: {{name}} ({{size}})',
    kind: 'Kind of records',
    kindAuto: 'Told from the column names',
    kindUNITS: 'Grassroots unions',
    kindRESULTS: 'Campaign results',
    fileMissing: 'No file chosen.',
    tooLarge: 'The file is {{size}}, over the {{max}} allowed. Split it into smaller files and import each.',
    wrongType: 'Only .xlsx (Excel) or .csv files.',
    empty: 'This file is empty.',
    check: 'Check first (writes nothing)',
    import: 'Import',
    importLocked: '“Import” can be used once the file has been checked and has no problems.',
    uploading: 'Sending {{name}} ({{size}}) to be checked, please wait…',
    importing: 'Sending {{name}} ({{size}}) and writing the records, please wait…',
    checkedClean:
      'No problems: {{rows}} rows. Importing would add {{created}}, update {{updated}} and leave {{unchanged}} unchanged. Nothing was written yet; press “Import” to write.',
    checkedProblems_one:
      'The file has {{count}} problem. Nothing was recorded. Fix it as the table shows and check again.',
    checkedProblems_other:
      'The file has {{count}} problems. Nothing was recorded. Fix them as the table shows and check again.',
    imported:
      'Imported {{rows}} rows: {{created}} added, {{updated}} updated, {{unchanged}} unchanged. The change is in the audit trail.',
    report: 'Check of {{name}}',
    importedReport: 'Import of {{name}}',
    reportKind: 'Kind of records',
    rows: 'Rows',
    created: 'Added',
    updated: 'Updated',
    unchanged: 'Unchanged',
    will: { created: 'Would add', updated: 'Would update', unchanged: 'Would leave unchanged' },
    problems: 'Problems',
    problemsTitle: 'Problems in the file',
    row: 'Row',
    column: 'Column',
    message: 'Problem',
    tooLargeServer: 'The server refused a file over {{max}}. Nothing was recorded.',
  },
});
