/**
 * Information security (an ninh mạng): the register of information systems and their security levels under Decree
 * 331/2026/NĐ-CP and the Cybersecurity Law 116/2025/QH15, the measures each level requires, incidents and
 * vulnerabilities.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Information security",
		allowedDependencies = { "platform", "organisation", "reference", "audit", "mail", "identity", "inventory" })
package org.govict.infosec;
