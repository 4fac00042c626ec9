/**
 * The IT inventory (kiểm kê tài sản CNTT): the network devices, servers, virtual machines, workstations, printers,
 * software, licences and information systems the ICT unit administers, how they stand to each other, and what
 * inventory agents report of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "IT inventory",
		allowedDependencies = { "platform", "organisation", "audit", "identity", "mail" })
package org.govict.inventory;
