/** The demo provider's own pages, in Vietnamese first like the dashboard. Every value is escaped. */
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escape(title)}</title>
<style>
  body { font-family: system-ui, "Segoe UI", Roboto, sans-serif; background: #f3f5f8; color: #1d2733; }
  main { max-width: 26rem; margin: 4rem auto; background: #fff; padding: 2rem; border-radius: 8px;
         box-shadow: 0 1px 4px rgba(0,0,0,.12); }
  h1 { font-size: 1.35rem; margin-top: 0; }
  label { display: block; margin: 1rem 0 .25rem; font-weight: 600; }
  input { width: 100%; box-sizing: border-box; padding: .55rem; font-size: 1rem; border: 1px solid #7a8593;
          border-radius: 4px; }
  button { margin-top: 1.5rem; width: 100%; padding: .65rem; font-size: 1rem; background: #0b5cad;
           color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
  .error { color: #a1130f; background: #fdecea; padding: .6rem; border-radius: 4px; }
  .note { color: #4a5563; font-size: .9rem; }
</style>
</head>
<body><main>${body}</main></body>
</html>`;
}

export function loginPage(options: {
  action: string;
  clientName: string;
  username?: string;
  error?: string;
}) {
  const error = options.error
    ? `<p class="error" role="alert" id="login-error">${escape(options.error)}</p>`
    : '';
  return page(
    'Đăng nhập — Hub Công đoàn Giáo dục',
    `<h1>Đăng nhập</h1>
<p class="note">để dùng ${escape(options.clientName)} (nhà cung cấp định danh thử nghiệm)</p>
${error}
<form method="post" action="${escape(options.action)}" autocomplete="off">
  <label for="username">Tên đăng nhập</label>
  <input id="username" name="username" required autofocus value="${escape(options.username ?? '')}"
    ${options.error ? 'aria-describedby="login-error"' : ''} />
  <label for="password">Mật khẩu</label>
  <input id="password" name="password" type="password" required />
  <button type="submit">Đăng nhập</button>
</form>`,
  );
}

/** RP-initiated logout: the provider's form, submitted at once (the dashboard asked for it). */
export function logoutPage(form: string) {
  return page(
    'Đăng xuất — Hub Công đoàn Giáo dục',
    `<h1>Đang đăng xuất…</h1>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Đăng xuất</button>
<script>document.getElementById('op.logoutForm').insertAdjacentHTML('beforeend','<input type="hidden" name="logout" value="yes">');document.getElementById('op.logoutForm').submit();</script>`,
  );
}

export function signedOutPage() {
  return page('Đã đăng xuất', '<h1>Bạn đã đăng xuất</h1><p>You have signed out.</p>');
}

export function errorPage(message: string) {
  return page('Lỗi đăng nhập', `<h1>Không đăng nhập được</h1><p class="error">${escape(message)}</p>`);
}
