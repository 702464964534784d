import { registerMessages } from '../i18n/i18n';

export const NS = 'auth';

registerMessages(NS, {
  vi: {
    signIn: 'Đăng nhập',
    signOut: 'Đăng xuất',
    signedInAs: 'Đang đăng nhập: {{name}}',
    role: {
      viewer: 'Người xem',
      'city-officer': 'Cán bộ công đoàn thành phố {{city}}',
      'school-officer': 'Cán bộ công đoàn cơ sở {{unit}}',
      'hub-admin': 'Quản trị viên hub',
    },
    completing: 'Đang hoàn tất đăng nhập…',
    failed: 'Không đăng nhập được: {{message}}',
    backHome: 'Về trang tổng quan',
    expiredTitle: 'Phiên đăng nhập đã hết hạn',
    expiredBody:
      'Để an toàn, bạn cần đăng nhập lại. Những gì bạn đang nhập trên trang này vẫn được giữ nguyên; sau khi đăng nhập lại, hãy bấm gửi lần nữa.',
    signInAgain: 'Đăng nhập lại',
    signInAgainFailed: 'Chưa đăng nhập lại được (cửa sổ đăng nhập bị đóng hoặc bị chặn). Thử lại.',
    later: 'Để sau',
  },
  en: {
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedInAs: 'Signed in: {{name}}',
    role: {
      viewer: 'Viewer',
      'city-officer': 'City federation officer, {{city}}',
      'school-officer': 'Grassroots union officer, {{unit}}',
      'hub-admin': 'Hub administrator',
    },
    completing: 'Finishing sign-in…',
    failed: 'Sign-in failed: {{message}}',
    backHome: 'Back to the overview',
    expiredTitle: 'Your session has expired',
    expiredBody:
      'For safety you need to sign in again. What you are typing on this page is kept; after signing in, press submit again.',
    signInAgain: 'Sign in again',
    signInAgainFailed: 'Not signed in yet (the sign-in window was closed or blocked). Try again.',
    later: 'Later',
  },
});
