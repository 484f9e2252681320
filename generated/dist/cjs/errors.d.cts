export { AbortedError, ApiError, InvalidRequestError, InvalidResponseError, NetworkError, OpenPhoneError, RateLimitError, TimeoutError, UnexpectedStatusError } from "./runtime/errors.cjs";
export type { CommonError, ErrorKind } from "./runtime/errors.cjs";
