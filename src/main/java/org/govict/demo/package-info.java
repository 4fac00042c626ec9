/**
 * Demo data for the default profile: a ministry and a city with their units, and a user in each role, so that
 * every module can be tried at once. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "platform", "organisation", "identity", "personnel", "inventory" })
package org.govict.demo;
