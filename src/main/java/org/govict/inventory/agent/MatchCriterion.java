package org.govict.inventory.agent;

/** What an inventory is matched on to find the known computer it reports. */
public enum MatchCriterion {

	/** The system serial number (BIOS SSN). */
	SERIAL,
	/** The SMBIOS system UUID. */
	HARDWARE_UUID,
	/** Any MAC address of the computer's network interfaces. */
	MAC_ADDRESS,
	/** The host name, ignoring case. */
	HOSTNAME
}
