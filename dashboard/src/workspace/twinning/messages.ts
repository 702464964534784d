import { registerMessages } from '../../i18n/i18n';

export const NS = 'twinning-work';

registerMessages(NS, {
  vi: {
    title: 'Kết nghĩa trường',
    intro: 'Ghi các hoạt động chung của cặp trường kết nghĩa mà bạn phụ trách.',
    loadFailed: 'Chưa tải được các cặp kết nghĩa.',
    none: 'Bạn chưa phụ trách cặp kết nghĩa nào.',
    partnership: 'Cặp kết nghĩa',
    pair: '{{a}} – {{b}}',
    unitUnavailable: 'Đơn vị {{id}} (chưa tải được tên)',
    log: 'Nhật ký hoạt động',
    empty: 'Chưa có hoạt động nào.',
    heldOn: 'Ngày tổ chức',
    kind: 'Hoạt động',
    kindHint: 'Ví dụ: Sinh hoạt chuyên môn chung, Tặng quà.',
    participants: 'Số người tham gia',
    note: 'Ghi chú',
    form: 'Ghi hoạt động mới',
    submit: 'Ghi hoạt động',
    done: 'Đã ghi hoạt động “{{kind}}”.',
  },
  en: {
    title: 'School twinning',
    intro: 'Log the joint activities of the twinned schools you act for.',
    loadFailed: 'The partnerships could not be loaded.',
    none: 'You do not act for any partnership.',
    partnership: 'Partnership',
    pair: '{{a}} – {{b}}',
    unitUnavailable: 'Unit {{id}} (name not loaded)',
    log: 'Activity log',
    empty: 'No activities yet.',
    heldOn: 'Date held',
    kind: 'Activity',
    kindHint: 'E.g. joint professional meeting, gifts.',
    participants: 'Participants',
    note: 'Note',
    form: 'Log a new activity',
    submit: 'Log activity',
    done: 'Activity “{{kind}}” logged.',
  },
});
