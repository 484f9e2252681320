/** What the generated src/client.ts is expected to do: bind operations to one ClientCore. */
import { type ClientCore, createClientCore } from "../../../templates/runtime/http.js";
import type { PageFunction } from "../../../templates/runtime/pagination.js";
import type { CallOptions, ClientOptions, SafeResult } from "../../../templates/runtime/types.js";
import {
  type ListMessagesError,
  type ListMessagesInput,
  type ListMessagesResult,
  listMessages,
  listMessagesMaxPageSize,
  listMessagesSafe,
} from "./listMessages.js";

export interface Client {
  readonly core: ClientCore;
  listMessages: PageFunction<ListMessagesInput, ListMessagesResult>;
  safe: {
    listMessages(input: ListMessagesInput, options?: CallOptions): Promise<SafeResult<ListMessagesResult, ListMessagesError>>;
  };
}

export function createClient(options: ClientOptions): Client {
  const core = createClientCore(options, "https://api.openphone.com");
  return {
    core,
    listMessages: Object.assign((input: ListMessagesInput, o?: CallOptions) => listMessages(core, input, o), {
      maxPageSize: listMessagesMaxPageSize,
    }),
    safe: { listMessages: (input, o) => listMessagesSafe(core, input, o) },
  };
}
