/**
 * Reference data every module uses: Vietnam's administrative areas after the 2025 reform (34 provinces and
 * 3,321 wards) and the working-day calendar with its public holidays, from which legal deadlines are counted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference data", allowedDependencies = { "platform", "audit" })
package org.govict.reference;
