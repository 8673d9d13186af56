/**
 * The statement wire rules of xAPI 1.0.3 and 2.0 that need no storage: reading and writing
 * {@code multipart/mixed} bodies, matching attachment parts to the statements that declare them,
 * checking signed statements, deciding whether two statements are the same, and shaping stored
 * statements for the {@code format} parameter of GET statements.
 *
 * <p>Everything here is a pure function of its arguments. Failures the client caused are thrown as
 * {@link io.pathwise.shared.problem.ApiException} with status 400 and a reason that names the part
 * or property at fault.
 */
package io.pathwise.lrs.statement.wire;
