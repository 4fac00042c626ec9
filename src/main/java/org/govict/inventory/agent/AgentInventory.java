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

	/** Whatever the protocol, values are cut to the lengths the inventory keeps, and nameless software dropped. */
	public AgentInventory {
		deviceId = cut(deviceId, 200);
		hostname = cut(hostname, 200);
		hardwareUuid = cut(hardwareUuid, 64);
		serialNumber = cut(serialNumber, 100);
		manufacturer = cut(manufacturer, 200);
		model = cut(model, 200);
		networks = networks == null ? List.of()
				: merged(networks.stream()
					.filter(java.util.Objects::nonNull)
					.map(n -> new NetworkInterface(cut(n.name() == null ? "" : n.name(), 200),
							AgentXml.mac(n.macAddress()), cut(n.ipAddress(), 45)))
					.toList());
		software = software == null ? List.of()
				: software.stream()
					.filter(s -> s != null && s.name() != null && !s.name().isBlank())
					.map(s -> new InstalledSoftware(cut(s.name().strip(), 300), cut(s.version(), 100),
							cut(s.publisher(), 200)))
					.toList();
		storages = storages == null ? List.of() : storages.stream().filter(java.util.Objects::nonNull).toList();
	}

	private static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	/** One network interface; the MAC address is lower case with colons. */
	/**
	 * One entry per interface and address: agents report an interface once for each of its addresses, and once more
	 * with none; the entry without an address is dropped when the same interface has one, repeats are dropped.
	 */
	static List<NetworkInterface> merged(List<NetworkInterface> reported) {
		java.util.Set<String> addressed = new java.util.HashSet<>();
		for (NetworkInterface n : reported) {
			if (n.ipAddress() != null) {
				addressed.add(n.name() + '\u0001' + n.macAddress());
			}
		}
		return reported.stream()
			.filter(n -> n.ipAddress() != null || !addressed.contains(n.name() + '\u0001' + n.macAddress()))
			.distinct()
			.toList();
	}

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
