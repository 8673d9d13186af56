/**
 * Identity: tenants (organizations), users and their passwords, sign-in on the web and by bearer
 * token, course memberships and roles, and the API credentials that machine clients use. Every
 * other module learns who is calling and what they may do from here.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = "shared :: *")
package io.pathwise.identity;

import org.springframework.modulith.ApplicationModule;
