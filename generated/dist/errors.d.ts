export { AbortedError, ApiError, InvalidRequestError, InvalidResponseError, NetworkError, OpenPhoneError, RateLimitError, TimeoutError, UnexpectedStatusError } from "./runtime/errors.js";
export type { CommonError, ErrorKind } from "./runtime/errors.js";
