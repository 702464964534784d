import { randomUUID } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import type { Express, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import multer, { MulterError } from 'multer';
import { CITY_CODE_PATTERN } from '../../services/shared/src/env';
import { BadUserInputError, ErrorCode, UnauthenticatedError } from '../../services/shared/src/errors';
import type { Identity } from '../../services/shared/src/identity';
import { logger } from '../../services/shared/src/logging';
import { currentRequest } from '../../services/shared/src/request-observation';
import { graphqlCors } from './cors-policy';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './identity-forwarding';

const IMPORT = `mutation ImportUpload($cityCode: String!, $fileName: String!, $contentBase64: String!,
  $kind: ImportFileKind, $dryRun: Boolean) {
  importCityRecords(cityCode: $cityCode, fileName: $fileName, contentBase64: $contentBase64, kind: $kind,
    dryRun: $dryRun) { kind fileName rows created updated unchanged applied problems { row column message } }
}`;
const TEXT_FIELDS = ['cityCode', 'kind', 'dryRun'];
const KINDS = ['UNITS', 'RESULTS'];

const megabytes = (bytes: number) => `${Number((bytes / (1024 * 1024)).toFixed(2))} MB`;
const refusal = (status: number, message: string, argument?: string) =>
  new BadUserInputError(message, { ...(argument ? { argument } : {}), http: { status } });

/** Multer's refusals, said in terms of this endpoint's form. */
function refusalOfMulter(error: MulterError, maxUploadBytes: number): GraphQLError {
  switch (error.code) {
    case 'LIMIT_FILE_SIZE':
      return refusal(
        413,
        `The file is larger than the ${megabytes(maxUploadBytes)} an import may be`,
        'file',
      );
    case 'LIMIT_FILE_COUNT':
      return refusal(400, 'Send one file only, in the field "file"', 'file');
    case 'LIMIT_UNEXPECTED_FILE':
      return refusal(
        400,
        `"${error.field}" is not a field of this form; the file goes in "file"`,
        error.field,
      );
    default:
      return refusal(400, `The form could not be read: ${error.message}`, error.field);
  }
}

/** The form's text fields, checked; anything else in the form is refused by name. */
function readFields(body: Record<string, unknown>) {
  const unknown = Object.keys(body).find((name) => !TEXT_FIELDS.includes(name));
  if (unknown !== undefined)
    throw refusal(400, `"${unknown}" is not a field of this form (cityCode, kind, dryRun, file)`, unknown);
  for (const [name, value] of Object.entries(body)) {
    if (typeof value !== 'string') throw refusal(400, `${name} must be given once, as text`, name);
  }
  const { cityCode, kind, dryRun } = body as Record<string, string | undefined>;
  if (!cityCode || !CITY_CODE_PATTERN.test(cityCode.trim()))
    throw refusal(400, 'cityCode must be the code of a city, 2-8 capital letters (e.g. HN)', 'cityCode');
  const kindValue = kind?.trim().toUpperCase() || undefined;
  if (kindValue !== undefined && !KINDS.includes(kindValue))
    throw refusal(400, 'kind must be UNITS or RESULTS, or left out to be told from the headers', 'kind');
  const dryRunValue = dryRun?.trim().toLowerCase() || 'false';
  if (dryRunValue !== 'true' && dryRunValue !== 'false')
    throw refusal(400, 'dryRun must be "true" or "false"', 'dryRun');
  return { cityCode: cityCode.trim(), kind: kindValue, dryRun: dryRunValue === 'true' };
}

/** A refusal in GraphQL's error shape; the HTTP status travels in extensions.http, as Apollo does. */
function answerRefusal(res: Response, error: GraphQLError) {
  const { http, ...extensions } = error.extensions as { http?: { status?: number } };
  res.status(http?.status ?? 400).json({ errors: [{ message: error.message, extensions }] });
}

/**
 * `POST /import`: a city's records file as multipart/form-data (fields cityCode, kind, dryRun and one
 * file in `file`, up to MAX_UPLOAD_BYTES), run as the `importCityRecords` mutation through the
 * gateway's own Apollo server, so that routing, the city's authorization and every plugin hold as
 * for /graphql; the answer is that mutation's GraphQL result. A JSON body is capped at
 * MAX_BODY_BYTES, too small for a sheet in base64: this is the way in for files.
 */
export function mountImportUpload(
  app: Express,
  /** The gateway's own server: the import runs through its routing, authorization and plugins. */
  apollo: ApolloServer<GatewayContext>,
  /** The verifier /graphql uses (authentication.ts). */
  verifyToken: (authorization: string | undefined) => Promise<Identity>,
  { maxUploadBytes, corsOrigins }: Pick<GatewayConfig, 'maxUploadBytes' | 'corsOrigins'>,
): void {
  const cors = graphqlCors(corsOrigins);
  if (cors) app.use('/import', cors);
  const form = multer({
    storage: multer.memoryStorage(),
    // Browsers and curl send file names in UTF-8 ("Danh sách đơn vị.xlsx"); busboy assumes latin1.
    defParamCharset: 'utf8',
    limits: { fileSize: maxUploadBytes, files: 1, fields: 10, fieldSize: 1_000, parts: 12 },
  }).single('file');

  app.post('/import', async (req: Request, res: Response) => {
    try {
      if (!req.is('multipart/form-data'))
        throw refusal(415, 'Send the file as multipart/form-data with the fields cityCode, dryRun and file');
      // Checked before the body is read: nobody gets to make the gateway hold a file without signing in.
      const identity = await verifyToken(req.get('authorization'));
      if (identity.anonymous)
        throw new UnauthenticatedError('Sign in: importing records is for the city’s officers', {
          http: { status: 401 },
        });
      await new Promise<void>((resolve, reject) =>
        form(req, res, (error) => (error ? reject(error) : resolve())),
      );
      const fields = readFields({ ...(req.body as Record<string, unknown>) });
      if (!req.file) throw refusal(400, 'Attach the sheet (.xlsx or .csv) in the field "file"', 'file');
      if (req.file.size === 0) throw refusal(400, 'The file is empty', 'file');
      const fileName = req.file.originalname.split(/[\\/]/).pop() ?? '';
      const response = await apollo.executeOperation(
        {
          query: IMPORT,
          variables: { ...fields, fileName, contentBase64: req.file.buffer.toString('base64') },
        },
        { contextValue: { identity } },
      );
      const { body } = response; // single, since the operation has no @defer
      res
        .status(response.http.status ?? 200)
        .json(body.kind === 'single' ? body.singleResult : body.initialResult);
    } catch (error) {
      req.resume(); // a refusal before the form was read: let the rest of the upload go by unread
      answerFailure(res, error, maxUploadBytes);
    }
  });
}

function answerFailure(res: Response, error: unknown, maxUploadBytes: number) {
  if (error instanceof UnauthenticatedError) error.extensions.http ??= { status: 401 };
  if (error instanceof GraphQLError) return answerRefusal(res, error);
  if (error instanceof MulterError) return answerRefusal(res, refusalOfMulter(error, maxUploadBytes));
  const message = String((error as Error | undefined)?.message);
  // A form that breaks off or is not well formed is the client's doing (busboy's words).
  if (/^(Unexpected end of form|Malformed|Multipart|Request (aborted|closed))/.test(message))
    return answerRefusal(res, refusal(400, `The form could not be read: ${message}`));
  // Anything else is ours: logged in full under a reference, never shown to the client.
  const requestId = randomUUID();
  logger().error(
    { service: 'gateway', requestId: currentRequest()?.requestId, reference: requestId, err: error },
    'internal error on /import',
  );
  res.status(500).json({
    errors: [
      {
        message: `Internal error; reference ${requestId}`,
        extensions: { code: ErrorCode.Internal, requestId },
      },
    ],
  });
}
