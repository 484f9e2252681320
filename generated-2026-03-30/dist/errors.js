import { isOpenPhoneError, OpenPhoneError } from "./runtime/errors.js";
export {
  OpenPhoneError,
  isOpenPhoneError
};
