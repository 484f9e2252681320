/**
 * Query fields in `style: deepObject` (`createdAt[gte]=…`). A module of its own, imported only
 * by the operations that have such fields and carried in their descriptor: a program that calls
 * none of them (any v1-only program) bundles none of this.
 */
/** Writes `value` for query field `name`, or returns false to leave it to the plain rules. */
export type QueryWriter = (query: URLSearchParams, name: string, value: unknown) => boolean;
/** `createdAt: { gte: x }` -> `createdAt[gte]=x`; `status: { in: [a, b] }` -> `status[in]=a,b` (String of an array). */
export declare function deepObjectQuery(names: readonly string[]): QueryWriter;
