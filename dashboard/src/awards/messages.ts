import { registerMessages } from '../i18n/i18n';

export const NS = 'awards';

registerMessages(NS, {
  vi: {
    title: 'So sánh khen thưởng giữa các thành phố',
    intro:
      'Số tập thể, cá nhân được khen thưởng trong kỳ {{period}}, theo loại khen thưởng, cấp khen và đối tượng, thành phố với thành phố.',
    incomplete: 'So sánh chưa đầy đủ: thiếu {{cities}}. Bảng chỉ gồm các thành phố đã trả lời.',
    complete: 'Đủ số liệu của tất cả thành phố.',
    noAwards: 'Chưa thành phố nào báo cáo khen thưởng cho kỳ {{period}}.',
    table: 'Khen thưởng theo loại, cấp khen và đối tượng, kỳ {{period}}',
    chart: 'Số được khen theo loại, cấp khen và đối tượng, kỳ {{period}}',
    chartLine: '{{kind}} · {{issuer}} · {{recipient}}',
    legendUnavailable: '{{city}} (không truy cập được)',
    col: {
      kind: 'Loại khen thưởng',
      issuer: 'Cấp khen',
      recipient: 'Đối tượng',
    },
    kind: {
      CO_THI_DUA: 'Cờ thi đua',
      BANG_KHEN: 'Bằng khen',
      GIAY_KHEN: 'Giấy khen',
      LAO_DONG_TIEN_TIEN: 'Lao động tiên tiến',
      CHIEN_SI_THI_DUA_CO_SO: 'Chiến sĩ thi đua cơ sở',
    },
    issuer: {
      TONG_LDLD_VIET_NAM: 'Tổng LĐLĐ Việt Nam',
      CONG_DOAN_GIAO_DUC_VIET_NAM: 'Công đoàn Giáo dục Việt Nam',
      LDLD_THANH_PHO: 'LĐLĐ thành phố',
      CITY_EDUCATION_UNION: 'Công đoàn ngành Giáo dục thành phố',
      DISTRICT_FEDERATION: 'LĐLĐ quận, huyện',
      GOVERNMENT: 'Cơ quan nhà nước',
    },
    recipient: {
      COLLECTIVE: 'Tập thể',
      INDIVIDUAL: 'Cá nhân',
    },
  },
  en: {
    title: 'Awards comparison between cities',
    intro:
      'Collectives and individuals commended in {{period}}, by kind of award, issuing level and recipient, city against city.',
    incomplete: 'Incomplete comparison: {{cities}} missing. The table covers only the cities that answered.',
    complete: 'Every city answered.',
    noAwards: 'No city has reported awards for {{period}}.',
    table: 'Awards by kind, issuing level and recipient, {{period}}',
    chart: 'Recipients by kind, issuing level and recipient, {{period}}',
    chartLine: '{{kind}} · {{issuer}} · {{recipient}}',
    legendUnavailable: '{{city}} (unreachable)',
    col: {
      kind: 'Kind of award',
      issuer: 'Issued by',
      recipient: 'Recipient',
    },
    kind: {
      CO_THI_DUA: 'Emulation flag (Cờ thi đua)',
      BANG_KHEN: 'Certificate of merit (Bằng khen)',
      GIAY_KHEN: 'Certificate of commendation (Giấy khen)',
      LAO_DONG_TIEN_TIEN: 'Advanced worker (Lao động tiên tiến)',
      CHIEN_SI_THI_DUA_CO_SO: 'Grassroots emulation fighter (Chiến sĩ thi đua cơ sở)',
    },
    issuer: {
      TONG_LDLD_VIET_NAM: 'Vietnam General Confederation of Labour',
      CONG_DOAN_GIAO_DUC_VIET_NAM: 'Vietnam Education Trade Union',
      LDLD_THANH_PHO: 'City labour federation',
      CITY_EDUCATION_UNION: 'City education union',
      DISTRICT_FEDERATION: 'District labour federation',
      GOVERNMENT: 'Government',
    },
    recipient: {
      COLLECTIVE: 'Collective',
      INDIVIDUAL: 'Individual',
    },
  },
});
