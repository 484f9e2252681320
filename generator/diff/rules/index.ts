/**
 * THE rule table: every rule's id, severity and direction live here and only here.
 * Rule ids are public API (ignore files and CI filters name them): never rename one;
 * retire it and add a new id instead.
 *
 * Severity, from the point of view of code that uses the generated client:
 *   breaking  definitely breaks a client (stops compiling, or requests/responses stop matching)
 *   warning   may break (a new enum value in a response, a dropped pattern in a request)
 *   info      compatible (a new operation, a new optional parameter, a new response property)
 *   docs      description, summary, title, examples only
 *
 * Direction: the same edit means different things in what the client sends
 * (request) and what it receives (response). Each request rule names its
 * response twin, or says why it has none (test/diff/registry.test.ts checks this).
 */
import type { Direction, PairKind, RuleCheck, RuleEntry, Severity } from "../types.js";
import apiVersionChanged from "./api-version-changed.js";
import componentSchemaAdded from "./component-schema-added.js";
import componentSchemaRemoved from "./component-schema-removed.js";
import descriptionChanged from "./description-changed.js";
import exampleChanged from "./example-changed.js";
import extensionChanged from "./extension-changed.js";
import inapplicableKeywordChanged from "./inapplicable-keyword-changed.js";
import infoMetadataChanged from "./info-metadata-changed.js";
import operationAdded from "./operation-added.js";
import operationDeprecated from "./operation-deprecated.js";
import operationIdChanged from "./operation-id-changed.js";
import operationRemoved from "./operation-removed.js";
import operationRemovedAfterDeprecation from "./operation-removed-after-deprecation.js";
import operationTagsChanged from "./operation-tags-changed.js";
import operationUndeprecated from "./operation-undeprecated.js";
import propertyDeprecated from "./property-deprecated.js";
import requestAdditionalPropertiesNarrowed from "./request-additional-properties-narrowed.js";
import requestAdditionalPropertiesWidened from "./request-additional-properties-widened.js";
import requestBodyAddedOptional from "./request-body-added-optional.js";
import requestBodyAddedRequired from "./request-body-added-required.js";
import requestBodyBecameOptional from "./request-body-became-optional.js";
import requestBodyBecameRequired from "./request-body-became-required.js";
import requestBodyRemoved from "./request-body-removed.js";
import requestConstAdded from "./request-const-added.js";
import requestConstChanged from "./request-const-changed.js";
import requestConstRemoved from "./request-const-removed.js";
import requestDefaultChanged from "./request-default-changed.js";
import requestEnumAdded from "./request-enum-added.js";
import requestEnumRemoved from "./request-enum-removed.js";
import requestEnumValueAdded from "./request-enum-value-added.js";
import requestEnumValueRemoved from "./request-enum-value-removed.js";
import requestFormatAdded from "./request-format-added.js";
import requestFormatChanged from "./request-format-changed.js";
import requestFormatRemoved from "./request-format-removed.js";
import requestLengthNarrowed from "./request-length-narrowed.js";
import requestLengthWidened from "./request-length-widened.js";
import requestMediaTypeAdded from "./request-media-type-added.js";
import requestMediaTypeRemoved from "./request-media-type-removed.js";
import requestOptionalPropertyAdded from "./request-optional-property-added.js";
import requestParameterAddedOptional from "./request-parameter-added-optional.js";
import requestParameterAddedRequired from "./request-parameter-added-required.js";
import requestParameterBecameOptional from "./request-parameter-became-optional.js";
import requestParameterBecameRequired from "./request-parameter-became-required.js";
import requestParameterDeprecated from "./request-parameter-deprecated.js";
import requestParameterRemoved from "./request-parameter-removed.js";
import requestParameterSerializationChanged from "./request-parameter-serialization-changed.js";
import requestPatternAdded from "./request-pattern-added.js";
import requestPatternChanged from "./request-pattern-changed.js";
import requestPatternRemoved from "./request-pattern-removed.js";
import requestPropertyBecameNonNullable from "./request-property-became-non-nullable.js";
import requestPropertyBecameNullable from "./request-property-became-nullable.js";
import requestPropertyBecameOptional from "./request-property-became-optional.js";
import requestPropertyBecameRequired from "./request-property-became-required.js";
import requestPropertyRemoved from "./request-property-removed.js";
import requestRangeNarrowed from "./request-range-narrowed.js";
import requestRangeWidened from "./request-range-widened.js";
import requestRequiredPropertyAdded from "./request-required-property-added.js";
import requestTypeChanged from "./request-type-changed.js";
import requestTypeNarrowed from "./request-type-narrowed.js";
import requestTypeWidened from "./request-type-widened.js";
import requestUnionBranchAdded from "./request-union-branch-added.js";
import requestUnionBranchRemoved from "./request-union-branch-removed.js";
import responseAdditionalPropertiesNarrowed from "./response-additional-properties-narrowed.js";
import responseAdditionalPropertiesWidened from "./response-additional-properties-widened.js";
import responseConstAdded from "./response-const-added.js";
import responseConstChanged from "./response-const-changed.js";
import responseConstRemoved from "./response-const-removed.js";
import responseDefaultChanged from "./response-default-changed.js";
import responseEnumAdded from "./response-enum-added.js";
import responseEnumRemoved from "./response-enum-removed.js";
import responseEnumValueAdded from "./response-enum-value-added.js";
import responseEnumValueRemoved from "./response-enum-value-removed.js";
import responseErrorCodeChanged from "./response-error-code-changed.js";
import responseErrorStatusAdded from "./response-error-status-added.js";
import responseErrorStatusRemoved from "./response-error-status-removed.js";
import responseFormatAdded from "./response-format-added.js";
import responseFormatChanged from "./response-format-changed.js";
import responseFormatRemoved from "./response-format-removed.js";
import responseHeaderAdded from "./response-header-added.js";
import responseHeaderRemoved from "./response-header-removed.js";
import responseLengthNarrowed from "./response-length-narrowed.js";
import responseLengthWidened from "./response-length-widened.js";
import responseMediaTypeAdded from "./response-media-type-added.js";
import responseMediaTypeRemoved from "./response-media-type-removed.js";
import responsePatternAdded from "./response-pattern-added.js";
import responsePatternChanged from "./response-pattern-changed.js";
import responsePatternRemoved from "./response-pattern-removed.js";
import responsePropertyAdded from "./response-property-added.js";
import responsePropertyBecameNonNullable from "./response-property-became-non-nullable.js";
import responsePropertyBecameNullable from "./response-property-became-nullable.js";
import responsePropertyBecameOptional from "./response-property-became-optional.js";
import responsePropertyBecameRequired from "./response-property-became-required.js";
import responsePropertyRemoved from "./response-property-removed.js";
import responseRangeNarrowed from "./response-range-narrowed.js";
import responseRangeWidened from "./response-range-widened.js";
import responseSuccessStatusAdded from "./response-success-status-added.js";
import responseSuccessStatusRemoved from "./response-success-status-removed.js";
import responseTypeChanged from "./response-type-changed.js";
import responseTypeNarrowed from "./response-type-narrowed.js";
import responseTypeWidened from "./response-type-widened.js";
import responseUnionBranchAdded from "./response-union-branch-added.js";
import responseUnionBranchRemoved from "./response-union-branch-removed.js";
import schemaIdChanged from "./schema-id-changed.js";
import schemaKeywordChanged from "./schema-keyword-changed.js";
import securityRequirementAdded from "./security-requirement-added.js";
import securityRequirementRemoved from "./security-requirement-removed.js";
import securitySchemeAdded from "./security-scheme-added.js";
import securitySchemeChanged from "./security-scheme-changed.js";
import securitySchemeRemoved from "./security-scheme-removed.js";
import serverAdded from "./server-added.js";
import serverRemoved from "./server-removed.js";
import summaryChanged from "./summary-changed.js";
import tagAdded from "./tag-added.js";
import tagRemoved from "./tag-removed.js";
import titleChanged from "./title-changed.js";

function row<K extends PairKind>(
  rule: RuleCheck<K>,
  severity: Severity,
  direction: Direction,
  twin?: { twin: string } | { noTwin: string },
  ranking?: { unbranched: Severity },
): RuleEntry {
  return { rule: rule as unknown as RuleCheck, severity, direction, ...twin, ...ranking };
}

/**
 * A value no generated code branches on (diff/branching.ts: e.g. the `docs` link
 * of an error body) changes a literal in the types and nothing a caller's code
 * decides on: compatible.
 */
const UNBRANCHED = { unbranched: "info" } as const;

const NO_PARAMETER_TWIN = {
  noTwin: "Parameters exist only in requests; response headers have their own rules (response-header-added/removed).",
};
const NO_BODY_TWIN = { noTwin: "A response's body presence is covered by response-media-type-added/removed and the status rules." };
const NO_SECURITY_TWIN = { noTwin: "Security requirements constrain only what the client sends." };

export const RULES: readonly RuleEntry[] = [
  // Operations
  row(operationAdded, "info", "both"),
  row(operationRemoved, "breaking", "both"),
  row(operationRemovedAfterDeprecation, "warning", "both"),
  row(operationDeprecated, "warning", "both"),
  row(operationUndeprecated, "info", "both"),
  row(operationIdChanged, "breaking", "both"),
  row(operationTagsChanged, "info", "both"),
  row(securityRequirementAdded, "breaking", "request", NO_SECURITY_TWIN),
  row(securityRequirementRemoved, "info", "request", NO_SECURITY_TWIN),
  // The document: security schemes, servers, tags, named schemas, metadata, extensions
  row(securitySchemeAdded, "info", "both"),
  row(securitySchemeRemoved, "warning", "both"),
  row(securitySchemeChanged, "breaking", "both"),
  row(serverAdded, "info", "both"),
  row(serverRemoved, "warning", "both"),
  row(tagAdded, "info", "both"),
  row(tagRemoved, "info", "both"),
  row(componentSchemaAdded, "info", "both"),
  row(componentSchemaRemoved, "warning", "both"),
  row(apiVersionChanged, "info", "both"),
  row(infoMetadataChanged, "docs", "both"),
  row(extensionChanged, "info", "both"),
  // Documentation only
  row(descriptionChanged, "docs", "both"),
  row(summaryChanged, "docs", "both"),
  row(titleChanged, "docs", "both"),
  row(exampleChanged, "docs", "both"),
  // Parameters and request bodies
  row(requestParameterAddedRequired, "breaking", "request", NO_PARAMETER_TWIN),
  row(requestParameterAddedOptional, "info", "request", NO_PARAMETER_TWIN),
  row(requestParameterRemoved, "breaking", "request", NO_PARAMETER_TWIN),
  row(requestParameterBecameRequired, "breaking", "request", NO_PARAMETER_TWIN),
  row(requestParameterBecameOptional, "info", "request", NO_PARAMETER_TWIN),
  row(requestParameterDeprecated, "info", "request", NO_PARAMETER_TWIN),
  row(requestParameterSerializationChanged, "warning", "request", NO_PARAMETER_TWIN),
  row(requestBodyAddedRequired, "breaking", "request", NO_BODY_TWIN),
  row(requestBodyAddedOptional, "info", "request", NO_BODY_TWIN),
  row(requestBodyRemoved, "breaking", "request", NO_BODY_TWIN),
  row(requestBodyBecameRequired, "breaking", "request", NO_BODY_TWIN),
  row(requestBodyBecameOptional, "info", "request", NO_BODY_TWIN),
  // Responses and media types
  row(responseSuccessStatusAdded, "warning", "response"),
  row(responseSuccessStatusRemoved, "breaking", "response"),
  row(responseErrorStatusAdded, "warning", "response"),
  row(responseErrorStatusRemoved, "warning", "response"),
  row(responseHeaderAdded, "info", "response"),
  row(responseHeaderRemoved, "warning", "response"),
  row(requestMediaTypeAdded, "info", "request", { twin: "response-media-type-added" }),
  row(requestMediaTypeRemoved, "breaking", "request", { twin: "response-media-type-removed" }),
  row(responseMediaTypeAdded, "warning", "response"),
  row(responseMediaTypeRemoved, "breaking", "response"),
  // Properties
  row(requestPropertyRemoved, "breaking", "request", { twin: "response-property-removed" }),
  row(responsePropertyRemoved, "breaking", "response"),
  row(requestRequiredPropertyAdded, "breaking", "request", { twin: "response-property-added" }),
  row(requestOptionalPropertyAdded, "info", "request", { twin: "response-property-added" }),
  row(responsePropertyAdded, "info", "response"),
  row(requestPropertyBecameRequired, "breaking", "request", { twin: "response-property-became-required" }),
  row(responsePropertyBecameRequired, "info", "response"),
  row(requestPropertyBecameOptional, "info", "request", { twin: "response-property-became-optional" }),
  row(responsePropertyBecameOptional, "breaking", "response"),
  row(requestPropertyBecameNullable, "info", "request", { twin: "response-property-became-nullable" }),
  row(responsePropertyBecameNullable, "breaking", "response"),
  row(requestPropertyBecameNonNullable, "breaking", "request", { twin: "response-property-became-non-nullable" }),
  row(responsePropertyBecameNonNullable, "info", "response"),
  row(propertyDeprecated, "info", "both"),
  // Schema keywords: types, values, bounds, unions
  row(requestTypeWidened, "info", "request", { twin: "response-type-widened" }),
  row(responseTypeWidened, "breaking", "response"),
  row(requestTypeNarrowed, "breaking", "request", { twin: "response-type-narrowed" }),
  row(responseTypeNarrowed, "info", "response"),
  row(requestTypeChanged, "breaking", "request", { twin: "response-type-changed" }),
  row(responseTypeChanged, "breaking", "response"),
  row(requestEnumValueAdded, "info", "request", { twin: "response-enum-value-added" }),
  row(responseEnumValueAdded, "warning", "response", undefined, UNBRANCHED),
  row(requestEnumValueRemoved, "breaking", "request", { twin: "response-enum-value-removed" }),
  row(responseEnumValueRemoved, "info", "response"),
  row(requestEnumAdded, "warning", "request", { twin: "response-enum-added" }),
  row(responseEnumAdded, "info", "response"),
  row(requestEnumRemoved, "info", "request", { twin: "response-enum-removed" }),
  row(responseEnumRemoved, "warning", "response", undefined, UNBRANCHED),
  row(requestConstAdded, "breaking", "request", { twin: "response-const-added" }),
  row(responseConstAdded, "info", "response"),
  row(requestConstRemoved, "info", "request", { twin: "response-const-removed" }),
  row(responseConstRemoved, "warning", "response", undefined, UNBRANCHED),
  row(requestConstChanged, "breaking", "request", { twin: "response-const-changed" }),
  row(responseConstChanged, "breaking", "response", undefined, UNBRANCHED),
  row(responseErrorCodeChanged, "breaking", "response"),
  row(requestPatternAdded, "warning", "request", { twin: "response-pattern-added" }),
  row(responsePatternAdded, "info", "response"),
  row(requestPatternRemoved, "warning", "request", { twin: "response-pattern-removed" }),
  row(responsePatternRemoved, "warning", "response"),
  row(requestPatternChanged, "warning", "request", { twin: "response-pattern-changed" }),
  row(responsePatternChanged, "warning", "response"),
  row(requestFormatAdded, "warning", "request", { twin: "response-format-added" }),
  row(responseFormatAdded, "info", "response"),
  row(requestFormatRemoved, "warning", "request", { twin: "response-format-removed" }),
  row(responseFormatRemoved, "warning", "response"),
  row(requestFormatChanged, "warning", "request", { twin: "response-format-changed" }),
  row(responseFormatChanged, "warning", "response"),
  row(requestDefaultChanged, "warning", "request", { twin: "response-default-changed" }),
  row(responseDefaultChanged, "info", "response"),
  row(requestRangeNarrowed, "warning", "request", { twin: "response-range-narrowed" }),
  row(responseRangeNarrowed, "info", "response"),
  row(requestRangeWidened, "info", "request", { twin: "response-range-widened" }),
  row(responseRangeWidened, "warning", "response"),
  row(requestLengthNarrowed, "warning", "request", { twin: "response-length-narrowed" }),
  row(responseLengthNarrowed, "info", "response"),
  row(requestLengthWidened, "info", "request", { twin: "response-length-widened" }),
  row(responseLengthWidened, "warning", "response"),
  row(inapplicableKeywordChanged, "info", "both"),
  row(requestUnionBranchAdded, "info", "request", { twin: "response-union-branch-added" }),
  row(responseUnionBranchAdded, "breaking", "response"),
  row(requestUnionBranchRemoved, "breaking", "request", { twin: "response-union-branch-removed" }),
  row(responseUnionBranchRemoved, "info", "response"),
  row(schemaIdChanged, "info", "both"),
  row(schemaKeywordChanged, "warning", "both"),
  row(requestAdditionalPropertiesNarrowed, "warning", "request", { twin: "response-additional-properties-narrowed" }),
  row(responseAdditionalPropertiesNarrowed, "info", "response"),
  row(requestAdditionalPropertiesWidened, "info", "request", { twin: "response-additional-properties-widened" }),
  row(responseAdditionalPropertiesWidened, "warning", "response"),
];

export const RULES_BY_ID: ReadonlyMap<string, RuleEntry> = new Map(RULES.map((entry) => [entry.rule.id, entry]));
