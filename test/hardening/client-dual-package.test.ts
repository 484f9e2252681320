/**
 * The dual-package hazard: the generated package's ESM build (dist/) and CommonJS build
 * (dist/cjs/) each define OpenPhoneError. `instanceof` answers by a registered-symbol brand,
 * so an error thrown by one build is an instance of the other's class; `isOpenPhoneError`
 * says the same. Run in a plain Node process on the committed generated/ package: a real
 * call through the CommonJS client to a closed loopback port, caught by ESM code.
 */
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const PACKAGE = resolve("generated");

describe("instanceof OpenPhoneError across the ESM and CommonJS builds", () => {
  it("errors from either build are instances of both classes; other errors of neither", () => {
    const script = `
      const cjs = require(${JSON.stringify(resolve(PACKAGE, "dist/cjs/index.cjs"))});
      import(${JSON.stringify(pathToFileURL(resolve(PACKAGE, "dist/index.js")).href)}).then(async (esm) => {
        // A real failure from the CommonJS client: nothing listens on port 9 of 127.0.0.1.
        const client = cjs.createClient({ apiKey: "sk_dual_0123456789", baseUrl: "http://127.0.0.1:9", maxRetries: 0, rateLimit: false });
        const fromCjs = await client.getContactById({ id: "CT1" }).catch((e) => e);
        const fromEsm = new esm.OpenPhoneError("timeout", "x", { operationId: "op", method: "GET", path: "/p" });
        class Local extends esm.OpenPhoneError {}
        const facts = {
          distinctClasses: esm.OpenPhoneError !== cjs.OpenPhoneError,
          cjsKind: fromCjs.kind,
          cjsInEsm: fromCjs instanceof esm.OpenPhoneError,
          cjsInCjs: fromCjs instanceof cjs.OpenPhoneError,
          esmInCjs: fromEsm instanceof cjs.OpenPhoneError,
          esmIsError: fromEsm instanceof Error,
          guards: [esm.isOpenPhoneError(fromCjs), cjs.isOpenPhoneError(fromEsm)],
          plainError: [new Error("x") instanceof esm.OpenPhoneError, esm.isOpenPhoneError(new Error("x")), cjs.isOpenPhoneError({ kind: "api" })],
          primitives: [null instanceof esm.OpenPhoneError, esm.isOpenPhoneError(undefined), esm.isOpenPhoneError("OpenPhoneError")],
          subclass: [new Local("api", "x", { operationId: "o", method: "GET", path: "/" }) instanceof Local, fromEsm instanceof Local],
          brandNotInJson: !JSON.stringify(fromEsm).includes("openphone-api.error"),
        };
        console.log(JSON.stringify(facts));
      });`;
    const facts = JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 30_000 }));
    expect(facts).toEqual({
      distinctClasses: true,
      cjsKind: "network",
      cjsInEsm: true,
      cjsInCjs: true,
      esmInCjs: true,
      esmIsError: true,
      guards: [true, true],
      plainError: [false, false, false],
      primitives: [false, false, false],
      subclass: [true, false],
      brandNotInJson: true,
    });
  });
});
