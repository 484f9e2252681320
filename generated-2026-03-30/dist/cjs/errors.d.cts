export { isOpenPhoneError, OpenPhoneError } from "./runtime/errors.cjs";
export type { AbortedError, ApiError, CommonError, ErrorKind, InvalidRequestError, InvalidResponseError, InvalidResponseReason, NetworkError, RateLimitError, TimeoutError, UnexpectedStatusError, } from "./runtime/errors.cjs";
