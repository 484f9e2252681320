import { AbortedError, ApiError, InvalidRequestError, InvalidResponseError, NetworkError, OpenPhoneError, RateLimitError, TimeoutError, UnexpectedStatusError } from "./runtime/errors.js";
export {
  AbortedError,
  ApiError,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  OpenPhoneError,
  RateLimitError,
  TimeoutError,
  UnexpectedStatusError
};
