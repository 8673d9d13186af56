/**
 * The web pages: server-rendered with Thymeleaf, with small interactive islands as plain ES
 * modules (the skill map). Pages use other modules only through their APIs.
 */
@ApplicationModule(displayName = "Web", allowedDependencies = {"shared :: *", "identity", "catalog", "catalog :: packaging", "lrs"})
package io.pathwise.web;

import org.springframework.modulith.ApplicationModule;
