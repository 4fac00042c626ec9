/**
 * Information security (an toàn thông tin): the register of information systems and their security levels under
 * Decree 85/2016/NĐ-CP, the measures each level requires, incidents and vulnerabilities.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Information security",
		allowedDependencies = { "platform", "organisation", "reference", "audit", "mail", "identity", "inventory" })
package org.govict.infosec;
