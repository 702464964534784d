import express, { Express, NextFunction, Request, Response } from 'express';
import type Provider from 'oidc-provider' with { 'resolution-mode': 'import' };
import { authenticate } from './demo-accounts';
import { errorPage, loginPage } from './provider-pages';

interface ConsentDetails {
  missingOIDCScope?: string[];
  missingOIDCClaims?: string[];
  missingResourceScopes?: Record<string, string[]>;
}

/** The dashboard is this provider's only client, and first-party: what it asks for is granted. */
async function grantConsent(provider: Provider, request: Request, response: Response): Promise<void> {
  const { params, prompt, grantId, session } = await provider.interactionDetails(request, response);
  const grant = grantId
    ? await provider.Grant.find(grantId)
    : new provider.Grant({ accountId: session!.accountId, clientId: String(params.client_id) });
  const details = prompt.details as ConsentDetails;
  if (details.missingOIDCScope) grant!.addOIDCScope(details.missingOIDCScope.join(' '));
  if (details.missingOIDCClaims) grant!.addOIDCClaims(details.missingOIDCClaims);
  for (const [resource, scopes] of Object.entries(details.missingResourceScopes ?? {})) {
    grant!.addResourceScope(resource, scopes.join(' '));
  }
  const consent = { grantId: await grant!.save() };
  await provider.interactionFinished(request, response, { consent }, { mergeWithLastSubmission: true });
}

/**
 * The provider's interaction pages: the login form (GET), its check (POST), consent granted at once.
 * The password is checked against the demo accounts; a refusal names neither which part was wrong.
 */
export function mountLoginRoutes(app: Express, provider: Provider): void {
  const form = express.urlencoded({ extended: false, limit: '10kb' });
  const action = (uid: string) => `/dang-nhap/${uid}`;

  app.get('/dang-nhap/:uid', async (request: Request, response: Response, next: NextFunction) => {
    try {
      const { uid, params, prompt, session } = await provider.interactionDetails(request, response);
      if (prompt.name === 'consent' && session) return await grantConsent(provider, request, response);
      response.type('html').send(loginPage({ action: action(uid), clientName: String(params.client_id) }));
    } catch (error) {
      next(error);
    }
  });

  app.post('/dang-nhap/:uid', form, async (request: Request, response: Response, next: NextFunction) => {
    try {
      const { uid, params } = await provider.interactionDetails(request, response);
      const username = String(request.body?.username ?? '');
      const account = authenticate(username, String(request.body?.password ?? ''));
      if (!account) {
        const page = loginPage({
          action: action(uid),
          clientName: String(params.client_id),
          username,
          error: 'Sai tên đăng nhập hoặc mật khẩu.',
        });
        response.status(401).type('html').send(page);
        return;
      }
      const login = { login: { accountId: account.username } };
      await provider.interactionFinished(request, response, login, { mergeWithLastSubmission: false });
    } catch (error) {
      next(error);
    }
  });

  // An interaction that expired or lost its cookie: say so and how to go on, never a stack trace.
  app.use('/dang-nhap', (_error: unknown, _request: Request, response: Response, _next: NextFunction) => {
    response
      .status(400)
      .type('html')
      .send(errorPage('Phiên đăng nhập này đã hết hạn. Hãy quay lại trang Hub và bấm “Đăng nhập” lần nữa.'));
  });
}
