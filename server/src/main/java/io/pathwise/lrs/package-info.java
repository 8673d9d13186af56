/**
 * Learning Record Store: a conformant xAPI 1.0.3 and 2.0 LRS, one per tenant, under {@code /xapi}.
 * It stores statements and documents, and announces the statements each write stored as
 * {@link io.pathwise.lrs.StatementsRecorded} (each one a {@link io.pathwise.lrs.StatementRecorded}). It is the system of record for learning evidence and
 * knows nothing of the modules that feed it: they record statements through {@link io.pathwise.lrs.LrsApi}.
 */
@ApplicationModule(displayName = "Learning Record Store", allowedDependencies = {"shared :: *", "identity"})
package io.pathwise.lrs;

import org.springframework.modulith.ApplicationModule;
