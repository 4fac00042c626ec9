/**
 * The shared kernel every module stands on: the database (embedded PostgreSQL unless an external one is
 * configured), the web frame (layout, language, problem details, error pages) and the caller's data scope.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.govict.platform;
