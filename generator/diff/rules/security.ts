import type { JsonValue } from "../../core.js";

/**
 * A security requirement list as a set of alternatives, each "schemeA+schemeB[scopes]".
 * An empty object `{}` in the list, or no requirement at all, means anonymous
 * calls are allowed (OpenAPI 3.1 §4.8.30, "Security Requirement Object").
 */
export function securityAlternatives(value: JsonValue): Set<string> {
  const out = new Set<string>();
  const list = Array.isArray(value) ? value : [];
  for (const requirement of list) {
    if (requirement === null || typeof requirement !== "object" || Array.isArray(requirement)) continue;
    const parts = Object.keys(requirement)
      .sort()
      .map((name) => {
        const scopes = requirement[name];
        return Array.isArray(scopes) && scopes.length ? `${name}[${scopes.map(String).sort().join(",")}]` : name;
      });
    out.add(parts.join("+") || "anonymous");
  }
  if (out.size === 0) out.add("anonymous");
  return out;
}

export interface SecurityChange {
  before: string[];
  after: string[];
  /** Alternatives a client could use before and cannot any more: calls made that way are refused. */
  dropped: string[];
  /** Alternatives a client can newly use. */
  gained: string[];
}

export function compareSecurity(before: JsonValue, after: JsonValue): SecurityChange {
  const b = securityAlternatives(before);
  const a = securityAlternatives(after);
  return {
    before: [...b].sort(),
    after: [...a].sort(),
    dropped: [...b].filter((x) => !a.has(x)).sort(),
    gained: [...a].filter((x) => !b.has(x)).sort(),
  };
}
