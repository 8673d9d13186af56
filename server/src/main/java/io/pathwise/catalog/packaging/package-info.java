/**
 * The course package format: reading and validating a folder or zip of YAML and Markdown files,
 * and writing one back. Exposed as the named interface {@code packaging} so that other modules
 * (the web upload page, demo data) can hand package files to the catalog.
 */
@NamedInterface("packaging")
package io.pathwise.catalog.packaging;

import org.springframework.modulith.NamedInterface;
