import { registerMessages } from '../../i18n/i18n';

export const NS = 'forms';

registerMessages(NS, {
  vi: {
    required: 'Chưa nhập {{field}}.',
    wholeNumber: '{{field}} phải là số nguyên.',
    atLeast: '{{field}} phải từ {{min}} trở lên.',
    atMost: '{{field}} không được quá {{max}}.',
    tooLong: '{{field}} dài quá {{max}} ký tự.',
    date: '{{field}} phải là ngày có thật.',
    submit: 'Gửi',
    submitting: 'Đang gửi…',
    refused: {
      BAD_USER_INPUT:
        'Chưa gửi được: có ô chưa hợp lệ, xem ghi chú bên cạnh từng ô. Chưa có gì được ghi lại.',
      FORBIDDEN: 'Bạn không có quyền làm việc này. Chưa có gì được ghi lại.',
      UNAUTHENTICATED:
        'Phiên đăng nhập đã hết hạn hoặc không hợp lệ. Những gì bạn nhập vẫn còn; hãy đăng nhập lại rồi gửi lần nữa.',
      CONFLICT: 'Không ghi được vì dữ liệu đã thay đổi. Chưa có gì được ghi lại.',
      NOT_FOUND: 'Không tìm thấy bản ghi này (có thể đã bị xoá hoặc đổi). Chưa có gì được ghi lại.',
      CITY_UNAVAILABLE:
        'Thành phố liên quan tạm thời không truy cập được. Chưa có gì được ghi lại; thử lại sau.',
      CITY_SCHEMA_BEHIND:
        'Hệ thống của thành phố liên quan đang chạy phiên bản cũ, chưa làm được việc này. Chưa có gì được ghi lại.',
      NETWORK: 'Không kết nối được tới máy chủ. Chưa có gì được ghi lại; thử lại.',
      UNKNOWN: 'Máy chủ không ghi được yêu cầu này. Chưa có gì được ghi lại.',
    },
    server: {
      blank: 'Chưa nhập ô này.',
      tooLong: 'Dài quá {{max}} ký tự.',
      tooShort: 'Cần ít nhất {{min}} ký tự.',
      date: 'Phải là ngày có thật, dạng năm-tháng-ngày (ví dụ 2024-02-29).',
      atLeast: 'Phải từ {{min}} trở lên.',
      atMost: 'Không được quá {{max}}.',
      integer: 'Phải là số nguyên.',
      tooMany: 'Nhiều nhất {{max}} mục.',
      characters: 'Có ký tự không hợp lệ (ký tự điều khiển hoặc ký tự hỏng).',
      other: 'Máy chủ từ chối: {{message}}',
    },
    signInAgain: 'Đăng nhập lại',
    signInRequired: 'Cần đăng nhập để làm việc này.',
    roleRequired: 'Vai trò của bạn ({{role}}) không làm được việc này.',
  },
  en: {
    required: '{{field}} is missing.',
    wholeNumber: '{{field}} must be a whole number.',
    atLeast: '{{field}} must be at least {{min}}.',
    atMost: '{{field}} must be at most {{max}}.',
    tooLong: '{{field}} is longer than {{max}} characters.',
    date: '{{field}} must be a real date.',
    submit: 'Submit',
    submitting: 'Submitting…',
    refused: {
      BAD_USER_INPUT: 'Not sent: some fields are not valid, see the note next to each. Nothing was recorded.',
      FORBIDDEN: 'You may not do this. Nothing was recorded.',
      UNAUTHENTICATED:
        'Your session has expired or is not valid. What you typed is kept; sign in again and submit once more.',
      CONFLICT: 'Not recorded because the data has changed. Nothing was recorded.',
      NOT_FOUND: 'This record was not found (it may have been removed or changed). Nothing was recorded.',
      CITY_UNAVAILABLE:
        'The city concerned cannot be reached right now. Nothing was recorded; try again later.',
      CITY_SCHEMA_BEHIND:
        'The city concerned runs an older release that cannot do this yet. Nothing was recorded.',
      NETWORK: 'Could not reach the server. Nothing was recorded; try again.',
      UNKNOWN: 'The server could not record this. Nothing was recorded.',
    },
    server: {
      blank: 'This field is empty.',
      tooLong: 'Longer than {{max}} characters.',
      tooShort: 'At least {{min}} characters.',
      date: 'Must be a real date written year-month-day (e.g. 2024-02-29).',
      atLeast: 'Must be at least {{min}}.',
      atMost: 'Must be at most {{max}}.',
      integer: 'Must be a whole number.',
      tooMany: 'At most {{max}} items.',
      characters: 'Contains a character that is not allowed (a control or broken character).',
      other: 'Refused by the server: {{message}}',
    },
    signInAgain: 'Sign in again',
    signInRequired: 'Sign in to do this.',
    roleRequired: 'Your role ({{role}}) cannot do this.',
  },
});
