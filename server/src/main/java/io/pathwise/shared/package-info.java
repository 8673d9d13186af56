/**
 * The shared kernel: identifiers, the signed-in principal, problem responses, cursor paging, reading long id lists in slices, the
 * command-line hook, the web plumbing every API shares (idempotent POSTs, body limits, refusing a Content-Type or a
 * query string nothing can read), text rules shared by modules (the characters a course file can
 * hold, strict decoding of request bodies) and the
 * cache of what is derived from a course per revision, and the Event Publication Registry's
 * housekeeping (purging completed publications, the pending-events metric). It is
 * the only open module; keep it small and free of business rules.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Shared kernel")
package io.pathwise.shared;

import org.springframework.modulith.ApplicationModule;
