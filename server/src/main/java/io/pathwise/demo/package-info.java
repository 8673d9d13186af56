/**
 * Demo data for the embedded default: a demo organization, the "Fractions" course, three demo
 * accounts with published passwords and a demo xAPI credential. Off unless
 * {@code pathwise.demo.enabled} is true, and never on a database other than the embedded H2.
 */
@ApplicationModule(displayName = "Demo data", allowedDependencies = {"shared :: *", "identity", "catalog", "catalog :: packaging"})
package io.pathwise.demo;

import org.springframework.modulith.ApplicationModule;
