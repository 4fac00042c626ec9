package org.govict.inventory.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import java.util.zip.InflaterInputStream;

import org.govict.inventory.AssetKind;
import org.junit.jupiter.api.Test;

/** The agent protocol's requests as OCS Inventory NG and FusionInventory agents send them, and the desk's replies. */
class AgentXmlReadsAgentRequests {

	static byte[] sample() throws IOException {
		try (InputStream in = AgentXmlReadsAgentRequests.class.getResourceAsStream("/inventory/fusioninventory-workstation.xml")) {
			return in.readAllBytes();
		}
	}

	static AgentXml.Request read(byte[] body) throws IOException {
		return AgentXml.read(AgentXml.decompressed(new ByteArrayInputStream(body), 50_000_000));
	}

	@Test
	void aWorkstationInventoryGivesItsHardwareInterfacesAndSoftware() throws IOException {
		AgentXml.Request request = read(AgentXml.zlib(sample()));

		assertThat(request.isInventory()).isTrue();
		AgentInventory pc = request.inventory();
		assertThat(pc.deviceId()).isEqualTo("PC-CSDL-017-2022-10-03-09-30-12");
		assertThat(pc.tag()).isEqualTo("BNV-TTTT-CSDL");
		assertThat(pc.hostname()).isEqualTo("PC-CSDL-017");
		assertThat(pc.hardwareUuid()).isEqualTo("4C4C4544-0058-4A10-8032-B7C04F514433");
		assertThat(pc.serialNumber()).isEqualTo("7XJ2QD3");
		assertThat(pc.manufacturer()).isEqualTo("Dell Inc.");
		assertThat(pc.model()).isEqualTo("OptiPlex 7090");
		assertThat(pc.osName()).isEqualTo("Microsoft Windows 10 Pro");
		assertThat(pc.memoryMb()).isEqualTo(16143L);
		assertThat(pc.cpu()).contains("i7-11700");
		assertThat(pc.networks()).extracting(AgentInventory.NetworkInterface::macAddress)
			.containsExactly("b0:7b:25:0a:4c:91", "0c:54:15:a1:22:7e");
		assertThat(pc.ipAddresses()).isEqualTo("10.0.3.117");
		assertThat(pc.software()).hasSize(300);
		assertThat(pc.software()).contains(new AgentInventory.InstalledSoftware("Unikey 4.3 RC5", "4.3", "Phạm Kim Long"));
		assertThat(pc.storages()).singleElement().satisfies(disk -> assertThat(disk.sizeMb()).isEqualTo(512105L));
		assertThat(AgentInventories.kind(pc)).isEqualTo(AssetKind.WORKSTATION);
	}

	@Test
	void plainAndGzipBodiesAreReadToo() throws IOException {
		ByteArrayOutputStream gzip = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
			out.write(sample());
		}
		assertThat(read(sample()).inventory().software()).hasSize(300);
		assertThat(read(gzip.toByteArray()).inventory().software()).hasSize(300);
		assertThat(AgentXml.isCompressed(AgentXml.zlib(sample()))).isTrue();
		assertThat(AgentXml.isCompressed(sample())).isFalse();
	}

	@Test
	void aLinuxAgentsInterfaceReportedOncePerAddressIsOneEntryPerAddress() throws IOException {
		// FusionInventory on Linux reports eth0 for its IPv4 address, again for its IPv6 one, and again with none.
		String xml = """
				<?xml version="1.0" encoding="UTF-8" ?>
				<REQUEST><CONTENT>
				  <HARDWARE><NAME>may-chu-linux</NAME></HARDWARE>
				  <NETWORKS><DESCRIPTION>eth0</DESCRIPTION><IPADDRESS>192.0.2.2</IPADDRESS><MACADDR>02:fc:00:00:00:01</MACADDR></NETWORKS>
				  <NETWORKS><DESCRIPTION>eth0</DESCRIPTION><IPADDRESS6>2001:db8::2</IPADDRESS6><MACADDR>02:fc:00:00:00:01</MACADDR></NETWORKS>
				  <NETWORKS><DESCRIPTION>eth0</DESCRIPTION><MACADDR>02:fc:00:00:00:01</MACADDR></NETWORKS>
				  <NETWORKS><DESCRIPTION>eth0</DESCRIPTION><IPADDRESS>192.0.2.2</IPADDRESS><MACADDR>02:fc:00:00:00:01</MACADDR></NETWORKS>
				  <NETWORKS><DESCRIPTION>eth1</DESCRIPTION><MACADDR>02:fc:00:00:00:02</MACADDR></NETWORKS>
				</CONTENT><DEVICEID>may-chu-linux-2026</DEVICEID><QUERY>INVENTORY</QUERY></REQUEST>
				""";
		assertThat(read(xml.strip().getBytes(StandardCharsets.UTF_8)).inventory().networks()).containsExactly(
				new AgentInventory.NetworkInterface("eth0", "02:fc:00:00:00:01", "192.0.2.2"),
				new AgentInventory.NetworkInterface("eth0", "02:fc:00:00:00:01", "2001:db8::2"),
				new AgentInventory.NetworkInterface("eth1", "02:fc:00:00:00:02", null));
	}

	@Test
	void aPrologIsAnsweredSendWithTheFrequency() throws IOException {
		byte[] prolog = """
				<?xml version="1.0" encoding="UTF-8" ?>
				<REQUEST>
				  <DEVICEID>PC-CSDL-017-2022-10-03-09-30-12</DEVICEID>
				  <QUERY>PROLOG</QUERY>
				  <TOKEN>12345678</TOKEN>
				</REQUEST>""".getBytes(StandardCharsets.UTF_8);
		AgentXml.Request request = read(AgentXml.zlib(prolog));
		assertThat(request.isProlog()).isTrue();
		assertThat(request.deviceId()).isEqualTo("PC-CSDL-017-2022-10-03-09-30-12");

		byte[] reply = new InflaterInputStream(new ByteArrayInputStream(AgentXml.zlib(AgentXml.prologReply(24))))
			.readAllBytes();
		assertThat(new String(reply, StandardCharsets.UTF_8))
			.contains("<REPLY><RESPONSE>SEND</RESPONSE><PROLOG_FREQ>24</PROLOG_FREQ></REPLY>");
	}

	@Test
	void externalEntitiesAreRefused() {
		byte[] hostile = """
				<?xml version="1.0"?>
				<!DOCTYPE REQUEST [<!ENTITY x SYSTEM "file:///etc/passwd">]>
				<REQUEST><QUERY>INVENTORY</QUERY><CONTENT><HARDWARE><NAME>&x;</NAME></HARDWARE></CONTENT></REQUEST>"""
			.getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> read(hostile)).isInstanceOf(AgentXml.UnreadableRequest.class);
	}

	@Test
	void anInventoryLargerThanAllowedOnceInflatedIsRefused() {
		assertThatThrownBy(() -> AgentXml.read(AgentXml.decompressed(new ByteArrayInputStream(AgentXml.zlib(sample())), 10_000)))
			.isInstanceOf(AgentXml.UnreadableRequest.class);
	}

	@Test
	void somethingElseThanARequestIsRefused() {
		assertThatThrownBy(() -> read("<html><body>hello</body></html>".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(AgentXml.UnreadableRequest.class);
		assertThatThrownBy(() -> read(new byte[] { 0x78, 0x01, 0x02, 0x03 }))
			.isInstanceOf(AgentXml.UnreadableRequest.class);
	}

	@Test
	void theChassisTellsTheKindOfComputer() {
		assertThat(AgentInventories.kind(machine("Notebook", "LENOVO", "20XW"))).isEqualTo(AssetKind.LAPTOP);
		assertThat(AgentInventories.kind(machine("Rack Mount Chassis", "Dell Inc.", "PowerEdge R750")))
			.isEqualTo(AssetKind.SERVER);
		assertThat(AgentInventories.kind(machine("Other", "VMware, Inc.", "VMware Virtual Platform")))
			.isEqualTo(AssetKind.VIRTUAL_MACHINE);
		assertThat(AgentInventories.kind(machine(null, null, null))).isEqualTo(AssetKind.WORKSTATION);
	}

	static AgentInventory machine(String chassis, String manufacturer, String model) {
		return new AgentInventory("d", null, "h", null, null, manufacturer, model, chassis, null, null, null, null,
				null, null, null);
	}
}
