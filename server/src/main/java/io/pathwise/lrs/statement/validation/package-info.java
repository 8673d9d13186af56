/**
 * Validation of xAPI statements as clients send them, for xAPI 1.0.3 and 2.0 (IEEE 9274.1.1).
 *
 * <p>{@link io.pathwise.lrs.statement.validation.StatementValidator} is the entry point and the
 * only public type: it returns every problem of a statement (or of an agent parameter) as
 * {@link io.pathwise.shared.problem.FieldProblem}s with a JSON path and a reason. The rest is one
 * rule area per class ({@code AgentRules}, {@code VerbRules}, {@code ActivityRules},
 * {@code InteractionRules}, {@code ResultRules}, {@code ContextRules}, {@code AttachmentRules},
 * {@code StatementRefRules}) built on shared value checks ({@code IriCheck}, {@code UuidCheck},
 * {@code LanguageTagCheck}, {@code TimestampCheck}, {@code DurationCheck}) and JSON-shape helpers
 * ({@code JsonShape}, {@code ValueRules}).
 *
 * <p>What the validator leaves to its caller: parsing (reject duplicate keys there, e.g. with
 * Jackson's {@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}: "A Statement MUST use each
 * property no more than one time", Data 2.2.s2.b2), matching attachment metadata with multipart
 * parts, checking signatures, and anything that needs stored data.
 */
package io.pathwise.lrs.statement.validation;
