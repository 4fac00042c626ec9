/**
 * The organisation tree: ministries, departments, centres and divisions; cities, their departments and wards.
 * Every record in the platform belongs to a unit, and a user's data scope is a set of subtrees of this tree.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation",
		allowedDependencies = { "platform", "audit", "reference" })
package org.govict.organisation;
