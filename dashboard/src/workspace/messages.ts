import { registerMessages } from '../i18n/i18n';

export const NS = 'workspace';

registerMessages(NS, {
  vi: {
    nav: 'Công việc của tôi',
    menuLabel: 'Công việc',
    title: 'Công việc của tôi',
    intro: 'Những việc bạn có thể làm với vai trò hiện tại. Mọi thay đổi đều được ghi vào nhật ký.',
    viewerOnly: 'Tài khoản người xem chỉ xem được số liệu; không có việc nào cần ghi.',
    task: {
      city: 'Hồ sơ thành phố',
      import: 'Nhập dữ liệu từ tệp',
      drives: 'Quỹ học bổng',
      programmes: 'Chương trình giao lưu',
      twinning: 'Kết nghĩa trường',
      admin: 'Quản trị hub',
    },
    taskHint: {
      city: 'Kết quả phong trào, quyết định khen thưởng, sáng kiến, tập huấn, công đoàn cơ sở, nhật ký.',
      import: 'Tệp .xlsx hoặc .csv: kiểm tra trước, xem lỗi từng dòng, rồi mới nhập.',
      drives: 'Tạo quỹ, cam kết tài trợ, nhận tiền, đề cử học sinh, xét duyệt, trao và chi học bổng.',
      programmes: 'Tạo chương trình, thêm thành viên đoàn, ghi kết quả và việc cần làm tiếp.',
      twinning: 'Ghi hoạt động chung của các trường kết nghĩa.',
      admin: 'Đăng ký thành phố, danh mục phong trào và các kỳ, nhật ký của hub.',
    },
  },
  en: {
    nav: 'My work',
    menuLabel: 'Work',
    title: 'My work',
    intro: 'What you can do in your current role. Every change is written to the audit trail.',
    viewerOnly: 'A viewer account reads the figures only; there is nothing to record.',
    task: {
      city: 'City records',
      import: 'Import from a file',
      drives: 'Scholarship drives',
      programmes: 'Exchange programmes',
      twinning: 'School twinning',
      admin: 'Hub administration',
    },
    taskHint: {
      city: 'Campaign results, award decisions, initiatives, trainings, grassroots unions, audit trail.',
      import: 'An .xlsx or .csv file: check first, see each row’s problems, then import.',
      drives: 'Create a drive, pledge, receive money, nominate students, select, award and pay.',
      programmes: 'Create a programme, add delegation members, record outcomes and follow-ups.',
      twinning: 'Log the joint activities of twinned schools.',
      admin: 'Register cities, the campaign catalog and its editions, the hub’s audit trail.',
    },
  },
});
