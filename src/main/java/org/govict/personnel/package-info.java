/**
 * The personnel registry: the national database of cadres, civil servants and public employees (hồ sơ cán bộ,
 * công chức, viên chức), its reference lists and the rules HR officers work by.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personnel registry",
		allowedDependencies = { "platform", "organisation", "reference", "audit" })
package org.govict.personnel;
