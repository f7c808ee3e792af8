// Errors with a stable code. Their messages and metadata end up in logs: never put personal data in them.
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus = 400,
  ) {
    super(message);
  }
}

export const notFound = (what: string) =>
  new AppError(`${what.toUpperCase()}.NOT_FOUND`, `${what} not found`, 404);
export const conflict = (code: string, message: string) => new AppError(code, message, 409);
