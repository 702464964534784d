import { registerMessages } from '../i18n/i18n';
import { NS } from './messages';

// The paged list of grassroots unions on the city page (same namespace as the page).
registerMessages(NS, {
  vi: {
    list: {
      heading: 'Các công đoàn cơ sở',
      search: 'Tìm theo tên công đoàn, trường hoặc quận, huyện',
      submit: 'Tìm',
      clear: 'Xoá tìm kiếm',
      found: 'Tìm thấy {{total}} công đoàn cơ sở',
      foundFor: 'Tìm thấy {{total}} công đoàn cơ sở cho “{{search}}”',
      table: 'Công đoàn cơ sở, trang {{page}}',
      page: 'Trang {{page}} / {{pages}}',
      pager: 'Chuyển trang danh sách công đoàn cơ sở',
      name: 'Công đoàn cơ sở',
      school: 'Trường',
      level: 'Cấp học',
      district: 'Quận, huyện',
      members: 'Đoàn viên',
      status: 'Tình trạng',
    },
  },
  en: {
    list: {
      heading: 'Grassroots unions',
      search: 'Search by union, school or district name',
      submit: 'Search',
      clear: 'Clear the search',
      found: '{{total}} grassroots unions found',
      foundFor: '{{total}} grassroots unions found for “{{search}}”',
      table: 'Grassroots unions, page {{page}}',
      page: 'Page {{page}} of {{pages}}',
      pager: 'Pages of the grassroots union list',
      name: 'Grassroots union',
      school: 'School',
      level: 'School level',
      district: 'District',
      members: 'Members',
      status: 'Status',
    },
  },
});
