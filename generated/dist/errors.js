import { OpenPhoneError } from "./runtime/errors.js";
export {
  OpenPhoneError
};
