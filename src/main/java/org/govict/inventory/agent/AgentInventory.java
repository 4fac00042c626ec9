package org.govict.inventory.agent;

import java.util.List;

/**
 * What an inventory agent reports of the computer it runs on, whichever protocol brought it.
 *
 * @param deviceId the agent's own name for itself (DEVICEID)
 * @param tag the agent's TAG (ACCOUNTINFO), naming the unit that owns the computer
 * @param chassis the chassis type as the agent names it ("Desktop", "Notebook", "Rack Mount Chassis" ...)
 * @param memoryMb the physical memory in MB
 */
public record AgentInventory(String deviceId, String tag, String hostname, String hardwareUuid, String serialNumber,
		String manufacturer, String model, String chassis, String osName, String osVersion, Long memoryMb, String cpu,
		List<NetworkInterface> networks, List<InstalledSoftware> software, List<Storage> storages) {

	public AgentInventory {
		networks = networks == null ? List.of() : List.copyOf(networks);
		software = software == null ? List.of() : List.copyOf(software);
		storages = storages == null ? List.of() : List.copyOf(storages);
	}

	/** One network interface; the MAC address is lower case with colons. */
	public record NetworkInterface(String name, String macAddress, String ipAddress) {
	}

	/** Version and publisher are empty text, never null, when the agent did not report them. */
	public record InstalledSoftware(String name, String version, String publisher) {

		public InstalledSoftware {
			version = version == null ? "" : version;
			publisher = publisher == null ? "" : publisher;
		}
	}

	public record Storage(String name, String model, Long sizeMb) {
	}

	/** The MAC addresses of the physical interfaces, in the order reported. */
	public List<String> macAddresses() {
		return networks.stream().map(NetworkInterface::macAddress).filter(m -> m != null && !m.isBlank()).distinct().toList();
	}

	/** The IP addresses of all interfaces, sorted, comma separated: what the change history compares. */
	public String ipAddresses() {
		return String.join(", ", networks.stream()
			.map(NetworkInterface::ipAddress)
			.filter(ip -> ip != null && !ip.isBlank())
			.distinct()
			.sorted()
			.toList());
	}
}
