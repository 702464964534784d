import { GraphQLError } from 'graphql';

/** The stable `extensions.code` values clients may rely on (DESIGN.md, "Errors"). */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  CityUnavailable: 'CITY_UNAVAILABLE',
  /** A city runs an older schema than the gateway's and cannot answer a field asked of it (version skew). */
  CitySchemaBehind: 'CITY_SCHEMA_BEHIND',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

type Details = Record<string, unknown>;

abstract class AppError extends GraphQLError {
  protected constructor(message: string, code: ErrorCodeValue, details: Details = {}) {
    super(message, { extensions: { ...details, code } });
  }
}

export class BadUserInputError extends AppError {
  constructor(message: string, details: Details = {}) {
    super(message, ErrorCode.BadUserInput, details);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string, details: Details = {}) {
    super(message, ErrorCode.NotFound, details);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details: Details = {}) {
    super(message, ErrorCode.Conflict, details);
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string, details: Details = {}) {
    super(message, ErrorCode.Forbidden, details);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message: string, details: Details = {}) {
    super(message, ErrorCode.Unauthenticated, details);
  }
}

/** A city deployment that did not answer in time, or that the gateway has no route to. */
export class CityUnavailableError extends AppError {
  constructor(cityCode: string, reason: string) {
    super(`City ${cityCode} is unavailable: ${reason}`, ErrorCode.CityUnavailable, { cityCode });
  }
}

/** Configuration problems are operator errors found at start-up; they never reach a client. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}
