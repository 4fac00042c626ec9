/**
 * The IT service desk (hỗ trợ kỹ thuật): tickets staff open about incidents, requests and software to install, their
 * routing to groups of IT technicians, the service levels they are held to in working hours, the knowledge base,
 * the requesters' satisfaction and the desk's reports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "IT service desk",
		allowedDependencies = { "platform", "organisation", "reference", "audit", "mail", "identity", "inventory" })
package org.govict.helpdesk;
