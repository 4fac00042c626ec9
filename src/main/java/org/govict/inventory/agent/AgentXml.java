package org.govict.inventory.agent;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The OCS Inventory NG agent protocol, which FusionInventory and GLPI agents also speak: an XML {@code REQUEST}
 * posted zlib-compressed (or gzip, or plain), with a {@code QUERY} of PROLOG (may I send?) or INVENTORY (here is
 * the machine), answered with an XML {@code REPLY}.
 *
 * <p>The inventory is read as a stream (StAX): {@code REQUEST/CONTENT/<SECTION>/<FIELD>}, keeping only the sections
 * the desk records, so that a large inventory never becomes a tree in memory. DTDs and external entities are
 * refused.
 */
public final class AgentXml {

	/** A request as it was read: its query, the agent's device id and, for an inventory, the machine. */
	public record Request(String query, String deviceId, AgentInventory inventory) {

		public boolean isProlog() {
			return "PROLOG".equalsIgnoreCase(query);
		}

		public boolean isInventory() {
			return "INVENTORY".equalsIgnoreCase(query);
		}
	}

	/** The request body cannot be read as an agent's request. */
	public static final class UnreadableRequest extends RuntimeException {

		UnreadableRequest(String message, Throwable cause) {
			super(message, cause);
		}
	}

	/**
	 * Aalto, the fastest StAX reader of FasterXML: reading the XML is the largest part of the platform's work on an
	 * inventory. It never reads a DTD, and external entities are refused besides.
	 */
	private static final XMLInputFactory FACTORY = new com.fasterxml.aalto.stax.InputFactoryImpl();

	private static final Pattern NOT_HEX = Pattern.compile("[^0-9a-f]");

	static {
		FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		FACTORY.setProperty(XMLInputFactory.IS_COALESCING, true);
	}

	private AgentXml() {
	}

	/**
	 * Opens the body whatever its compression: zlib (what OCS and FusionInventory agents send as
	 * {@code application/x-compress}), gzip, or plain XML; the first bytes tell which.
	 */
	public static InputStream decompressed(InputStream body, long maxInflated) throws IOException {
		BufferedInputStream in = new BufferedInputStream(body, 8192);
		in.mark(2);
		int first = in.read();
		int second = in.read();
		in.reset();
		InputStream opened;
		if (first == 0x78) {
			opened = new InflaterInputStream(in);
		}
		else if (first == 0x1f && second == 0x8b) {
			opened = new GZIPInputStream(in);
		}
		else {
			opened = in;
		}
		return new LimitedInputStream(opened, maxInflated);
	}

	/** Whether the body starts as zlib or gzip data, so that the reply is compressed the same way. */
	public static boolean isCompressed(byte[] start) {
		return start.length > 0 && (start[0] == 0x78 || (start.length > 1 && start[0] == 0x1f && start[1] == (byte) 0x8b));
	}

	public static Request read(InputStream xml) {
		XMLStreamReader reader = null;
		try {
			reader = FACTORY.createXMLStreamReader(xml);
			return read(reader);
		}
		catch (XMLStreamException ex) {
			throw new UnreadableRequest("Not an agent request: " + ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			// Woodstox reports some read errors (a broken or too large stream) lazily, as unchecked exceptions.
			throw new UnreadableRequest("Not an agent request: " + ex.getMessage(), ex);
		}
		finally {
			if (reader != null) {
				try {
					reader.close();
				}
				catch (XMLStreamException ignored) {
					// nothing more to read
				}
			}
		}
	}

	/**
	 * The fields the desk keeps of each section of CONTENT: the text of the others is never made into strings, which
	 * is most of the work of reading an inventory (a program's entry holds a dozen fields, the desk keeps three).
	 */
	private static final Map<String, Set<String>> KEPT = Map.of(
			"HARDWARE", Set.of("NAME", "UUID", "OSNAME", "OSVERSION", "MEMORY", "CHASSIS_TYPE"),
			"BIOS", Set.of("SSN", "SMANUFACTURER", "MMANUFACTURER", "SMODEL", "MMODEL"),
			"OPERATINGSYSTEM", Set.of("FULL_NAME", "VERSION"),
			"CPUS", Set.of("NAME"),
			"NETWORKS", Set.of("MACADDR", "VIRTUALDEV", "IPADDRESS", "IPADDRESS6", "DESCRIPTION"),
			"SOFTWARES", Set.of("NAME", "VERSION", "PUBLISHER"),
			"STORAGES", Set.of("NAME", "MODEL", "DESCRIPTION", "DISKSIZE"),
			"ACCOUNTINFO", Set.of("KEYNAME", "KEYVALUE"));

	private static Request read(XMLStreamReader reader) throws XMLStreamException {
		String query = null;
		String deviceId = null;
		Builder machine = new Builder();
		String[] path = new String[8];
		int depth = 0;
		Map<String, String> fields = new HashMap<>();
		// The fields kept of the section being read (null: a section the desk does not keep), and whether the text
		// of the current element is wanted.
		Set<String> kept = null;
		boolean wanted = false;
		StringBuilder text = new StringBuilder();
		while (reader.hasNext()) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
				String name = reader.getLocalName().toUpperCase(Locale.ROOT);
				if (depth <= path.length) {
					path[depth - 1] = name;
				}
				if (depth == 1 && !"REQUEST".equals(path[0])) {
					throw new XMLStreamException("The root element is " + path[0] + ", not REQUEST");
				}
				boolean inContent = depth >= 3 && "CONTENT".equals(path[1]);
				if (depth == 3) {
					fields.clear();
					kept = inContent ? KEPT.get(name) : null;
				}
				wanted = depth == 2 || (depth == 4 && inContent && kept != null && kept.contains(name));
				text.setLength(0);
			}
			else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
				if (wanted && text.length() < 4000) {
					text.append(reader.getTextCharacters(), reader.getTextStart(),
							Math.min(reader.getTextLength(), 4000 - text.length()));
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				if (wanted) {
					String value = text.toString().strip();
					if (depth == 2 && "QUERY".equals(path[1])) {
						query = value;
					}
					else if (depth == 2 && "DEVICEID".equals(path[1])) {
						deviceId = value;
					}
					else if (depth == 4) {
						fields.merge(path[3], value, (a, b) -> a.isEmpty() ? b : a);
					}
				}
				else if (depth == 3 && kept != null) {
					machine.section(path[2], fields);
				}
				wanted = false;
				text.setLength(0);
				depth--;
			}
		}
		if (query == null) {
			throw new XMLStreamException("The request has no QUERY");
		}
		return new Request(query, deviceId, "INVENTORY".equalsIgnoreCase(query) ? machine.build(deviceId) : null);
	}

	/** The sections of CONTENT that the desk keeps, gathered into an {@link AgentInventory}. */
	private static final class Builder {

		String tag;

		String hostname;

		String uuid;

		String serial;

		String manufacturer;

		String model;

		String chassis;

		String osName;

		String osVersion;

		String osFullName;

		Long memory;

		String cpu;

		final List<AgentInventory.NetworkInterface> networks = new ArrayList<>();

		final List<AgentInventory.InstalledSoftware> software = new ArrayList<>();

		final List<AgentInventory.Storage> storages = new ArrayList<>();

		void section(String name, Map<String, String> f) {
			switch (name) {
				case "HARDWARE" -> {
					hostname = first(hostname, f.get("NAME"));
					uuid = first(uuid, f.get("UUID"));
					osName = first(osName, f.get("OSNAME"));
					osVersion = first(osVersion, f.get("OSVERSION"));
					memory = memory != null ? memory : number(f.get("MEMORY"));
					chassis = first(chassis, f.get("CHASSIS_TYPE"));
				}
				case "BIOS" -> {
					serial = first(serial, f.get("SSN"));
					manufacturer = first(manufacturer, f.get("SMANUFACTURER"), f.get("MMANUFACTURER"));
					model = first(model, f.get("SMODEL"), f.get("MMODEL"));
				}
				case "OPERATINGSYSTEM" -> {
					osFullName = first(osFullName, f.get("FULL_NAME"));
					osVersion = first(osVersion, f.get("VERSION"));
				}
				case "CPUS" -> cpu = first(cpu, f.get("NAME"));
				case "NETWORKS" -> {
					String mac = mac(f.get("MACADDR"));
					boolean virtual = "1".equals(f.get("VIRTUALDEV"));
					// An interface with only an IPv6 address reports it as IPADDRESS6.
					String ip = first(blank(f.get("IPADDRESS")), blank(f.get("IPADDRESS6")));
					if (!virtual && (mac != null || ip != null)) {
						networks.add(new AgentInventory.NetworkInterface(limit(first(f.get("DESCRIPTION"), ""), 200),
								mac, limit(ip, 45)));
					}
				}
				case "SOFTWARES" -> {
					String softwareName = blank(f.get("NAME"));
					if (softwareName != null) {
						software.add(new AgentInventory.InstalledSoftware(limit(softwareName, 300),
								limit(blank(f.get("VERSION")), 100), limit(blank(f.get("PUBLISHER")), 200)));
					}
				}
				case "STORAGES" -> storages.add(new AgentInventory.Storage(blank(f.get("NAME")),
						first(f.get("MODEL"), f.get("DESCRIPTION")), number(f.get("DISKSIZE"))));
				case "ACCOUNTINFO" -> {
					if ("TAG".equalsIgnoreCase(f.get("KEYNAME"))) {
						tag = first(tag, f.get("KEYVALUE"));
					}
				}
				default -> {
					// sections the desk does not keep
				}
			}
		}

		AgentInventory build(String deviceId) {
			return new AgentInventory(deviceId, tag, limit(hostname, 200), limit(uuid, 64), limit(serial, 100),
					limit(manufacturer, 200), limit(model, 200), chassis, first(osFullName, osName), osVersion, memory,
					cpu, networks, software, storages);
		}
	}

	/** The reply to a PROLOG: send the inventory, and come back in {@code hours}. */
	public static byte[] prologReply(int hours) {
		return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<REPLY><RESPONSE>SEND</RESPONSE><PROLOG_FREQ>" + hours
				+ "</PROLOG_FREQ></REPLY>\n").getBytes(StandardCharsets.UTF_8);
	}

	/** The reply to an inventory that was recorded. */
	public static byte[] inventoryReply() {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<REPLY><RESPONSE>no_account_update</RESPONSE></REPLY>\n"
			.getBytes(StandardCharsets.UTF_8);
	}

	/** The reply to a query the desk does not know. */
	public static byte[] errorReply() {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<REPLY><RESPONSE>ERROR</RESPONSE></REPLY>\n"
			.getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] zlib(byte[] data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 16);
		try (DeflaterOutputStream deflater = new DeflaterOutputStream(out)) {
			deflater.write(data);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static String mac(String value) {
		String v = blank(value);
		if (v == null) {
			return null;
		}
		String hex = NOT_HEX.matcher(v.toLowerCase(Locale.ROOT)).replaceAll("");
		if (hex.length() != 12) {
			return null;
		}
		StringBuilder mac = new StringBuilder(17);
		for (int i = 0; i < 12; i += 2) {
			if (i > 0) {
				mac.append(':');
			}
			mac.append(hex, i, i + 2);
		}
		return mac.toString();
	}

	private static Long number(String value) {
		String v = blank(value);
		if (v == null) {
			return null;
		}
		try {
			return (long) Double.parseDouble(v.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String first(String... values) {
		for (String v : values) {
			if (v != null && !v.isBlank()) {
				return v.strip();
			}
		}
		return null;
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String limit(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	/** Stops reading past a size, so that a small compressed body cannot inflate into gigabytes. */
	static final class LimitedInputStream extends java.io.FilterInputStream {

		private long remaining;

		LimitedInputStream(InputStream in, long max) {
			super(in);
			this.remaining = max;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0 && --remaining < 0) {
				throw new IOException("The inventory is larger than allowed");
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				remaining -= n;
				if (remaining < 0) {
					throw new IOException("The inventory is larger than allowed");
				}
			}
			return n;
		}
	}
}
