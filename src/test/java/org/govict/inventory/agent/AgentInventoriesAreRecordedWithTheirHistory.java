package org.govict.inventory.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.InflaterInputStream;

import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * An agent says PROLOG, is told to send, sends its inventory compressed, and the workstation appears with its
 * interfaces and software; its next inventory updates the same asset and leaves what changed in its history.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AgentInventoriesAreRecordedWithTheirHistory {

	static final MediaType COMPRESS = MediaType.parseMediaType("application/x-compress");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/** The sample workstation under another name, UUID, serial and MAC address. */
	static String workstation(String host, String uuid, String serial, String mac) throws IOException {
		return new String(AgentXmlReadsAgentRequests.sample(), StandardCharsets.UTF_8).replace("PC-CSDL-017", host)
			.replace("4C4C4544-0058-4A10-8032-B7C04F514433", uuid)
			.replace("<SSN>7XJ2QD3</SSN>", "<SSN>" + serial + "</SSN>")
			.replace("b0:7b:25:0a:4c:91", mac)
			.replace("0C:54:15:A1:22:7E", mac.replace("0", "1").replace("a", "b"));
	}

	String send(String xml) throws Exception {
		MvcResult result = mvc
			.perform(post("/inventory/agent").contentType(COMPRESS).content(AgentXml.zlib(xml.getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/x-compress");
		return new String(new InflaterInputStream(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))
			.readAllBytes(), StandardCharsets.UTF_8);
	}

	long assetWithUuid(String uuid) {
		return jdbc.sql("SELECT id FROM inventory_assets WHERE hardware_uuid = ?").param(uuid).query(Long.class).single();
	}

	List<String> changes(long asset) {
		return jdbc.sql("""
				SELECT field || ':' || coalesce(old_value, '') || '>' || coalesce(new_value, '')
				  FROM inventory_asset_changes WHERE asset_id = ? ORDER BY id""")
			.param(asset)
			.query(String.class)
			.list();
	}

	@Test
	void prologThenInventoryRegistersTheWorkstationThenItsChangesAreKept() throws Exception {
		String uuid = "11111111-2222-3333-4444-555555555501";
		String prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?><REQUEST><DEVICEID>PC-AGENT-01-2026</DEVICEID>"
				+ "<QUERY>PROLOG</QUERY></REQUEST>";
		assertThat(send(prolog)).contains("<RESPONSE>SEND</RESPONSE>").contains("<PROLOG_FREQ>24</PROLOG_FREQ>");

		String first = workstation("PC-AGENT-01", uuid, "SN-AGENT-01", "b0:7b:25:00:00:01");
		assertThat(send(first)).contains("<RESPONSE>no_account_update</RESPONSE>");

		long asset = assetWithUuid(uuid);
		assertThat(jdbc.sql("""
				SELECT a.kind || ' ' || a.name || ' ' || a.serial_number || ' ' || u.code || ' ' || (a.attributes ->> 'memoryMb')
				  FROM inventory_assets a JOIN organisation_units u ON u.id = a.owner_unit_id WHERE a.id = ?""")
			.param(asset)
			.query(String.class)
			.single()).isEqualTo("WORKSTATION PC-AGENT-01 SN-AGENT-01 BNV-TTTT-CSDL 16143");
		assertThat(programs(asset)).isEqualTo(300);
		assertThat(count("inventory_network_interfaces", asset)).isEqualTo(2);
		assertThat(changes(asset)).isEmpty();

		String second = first.replace("PC-AGENT-01", "PC-AGENT-01-RENAMED")
			.replace("<MEMORY>16143</MEMORY>", "<MEMORY>32607</MEMORY>")
			.replace("10.0.3.117", "10.0.4.20")
			.replace("<NAME>Zalo</NAME>", "<NAME>Microsoft Teams</NAME>");
		send(second);

		assertThat(assetWithUuid(uuid)).isEqualTo(asset);
		assertThat(programs(asset)).isEqualTo(300);
		assertThat(changes(asset)).containsExactlyInAnyOrder("SOFTWARE_REMOVED:Zalo 23.11.1>",
				"SOFTWARE_ADDED:>Microsoft Teams 23.11.1", "NAME:PC-AGENT-01>PC-AGENT-01-RENAMED", "MEMORY:16143>32607",
				"IP_ADDRESSES:10.0.3.117>10.0.4.20");

		send(second);
		assertThat(changes(asset)).hasSize(5);
	}

	@Test
	void twoBoardsWithThePlaceholderSerialStayTwoComputers() throws Exception {
		send(workstation("PC-OEM-1", "To be filled by O.E.M.", "To be filled by O.E.M.", "b0:7b:25:00:00:21"));
		send(workstation("PC-OEM-2", "To be filled by O.E.M.", "To be filled by O.E.M.", "b0:7b:25:00:00:22"));

		assertThat(jdbc.sql("SELECT count(*) FROM inventory_assets WHERE name IN ('PC-OEM-1', 'PC-OEM-2')")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aRemovedComputerTakesItsInstalledSoftwareWithIt() throws Exception {
		send(workstation("PC-GONE", "11111111-2222-3333-4444-555555555541", "SN-GONE", "b0:7b:25:00:00:41"));
		long id = jdbc.sql("SELECT id FROM inventory_assets WHERE serial_number = 'SN-GONE'").query(Long.class).single();
		assertThat(programs(id)).isPositive();

		jdbc.sql("DELETE FROM inventory_asset_changes WHERE asset_id = ?").param(id).update();
		jdbc.sql("DELETE FROM inventory_assets WHERE id = ?").param(id).update();

		assertThat(jdbc.sql("SELECT count(*) FROM inventory_asset_software WHERE asset_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aPlainXmlInventoryIsAnsweredPlain() throws Exception {
		String xml = workstation("PC-PLAIN", "11111111-2222-3333-4444-555555555531", "SN-PLAIN", "b0:7b:25:00:00:31");
		MvcResult result = mvc.perform(post("/inventory/agent").contentType(MediaType.APPLICATION_XML).content(xml))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentAsString()).contains("no_account_update");
	}

	@Test
	void anAgentOutsideTheAgentNetworksIsRefused() throws Exception {
		mvc.perform(post("/inventory/agent").contentType(COMPRESS)
			.content(AgentXml.zlib("<REQUEST><QUERY>PROLOG</QUERY></REQUEST>".getBytes(StandardCharsets.UTF_8)))
			.with(request -> {
				request.setRemoteAddr("203.0.113.9");
				return request;
			})).andExpect(status().isForbidden());
	}

	@Test
	void garbageIsABadRequest() throws Exception {
		mvc.perform(post("/inventory/agent").contentType(COMPRESS).content(new byte[] { 0x78, 1, 2, 3, 4 }))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theJsonEndpointRecordsTheSameContent() throws Exception {
		String json = """
				{"deviceId": "srv-json-01", "tag": "BNV-TTTT", "hostname": "SRV-JSON-01",
				 "hardwareUuid": "11111111-2222-3333-4444-555555555541", "serialNumber": "SN-JSON-01",
				 "manufacturer": "Dell Inc.", "model": "PowerEdge R750", "chassis": "Rack Mount Chassis",
				 "osName": "Ubuntu 24.04 LTS", "memoryMb": 131072,
				 "networks": [{"name": "eno1", "macAddress": "b0:7b:25:00:00:41", "ipAddress": "10.0.9.10"}],
				 "software": [{"name": "nginx", "version": "1.24.0", "publisher": "Ubuntu"},
				              {"name": "postgresql-17", "version": "17.2"}]}""";
		mvc.perform(post("/api/v1/inventory/agent").contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.registered").value(true));

		long asset = assetWithUuid("11111111-2222-3333-4444-555555555541");
		assertThat(jdbc.sql("SELECT kind FROM inventory_assets WHERE id = ?").param(asset).query(String.class).single())
			.isEqualTo("SERVER");
		assertThat(programs(asset)).isEqualTo(2);
	}

	@Test
	void aNullCharacterInTheReportIsDroppedNotRefused() throws Exception {
		// JSON may carry U+0000, which PostgreSQL refuses in text: the desk drops it rather than fail the inventory.
		String json = """
				{"deviceId": "srv-nul-01", "tag": "BNV-TTTT\\u0000", "hostname": "SRV-NUL\\u0000-01",
				 "hardwareUuid": "11111111-2222-3333-4444-555555555599", "osName": "Ubuntu\\u0000 24.04",
				 "cpu": "Xeon\\u0000", "software": [{"name": "nginx\\u0000", "version": "1.24\\u0000", "publisher": "Ubuntu"}]}""";
		mvc.perform(post("/api/v1/inventory/agent").contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isOk());

		long asset = assetWithUuid("11111111-2222-3333-4444-555555555599");
		assertThat(jdbc.sql("SELECT name || ' ' || (attributes ->> 'os') FROM inventory_assets WHERE id = ?")
			.param(asset)
			.query(String.class)
			.single()).isEqualTo("SRV-NUL-01 Ubuntu 24.04");
		assertThat(programs(asset)).isEqualTo(1);
	}

	/** How many programs the computer has, as its last inventory reported them. */
	long programs(long asset) {
		return jdbc.sql("SELECT coalesce(sum(cardinality(software_ids)), 0) FROM inventory_asset_software WHERE asset_id = ?")
			.param(asset)
			.query(Long.class)
			.single();
	}

	long count(String table, long asset) {
		return jdbc.sql("SELECT count(*) FROM " + table + " WHERE asset_id = ?").param(asset).query(Long.class).single();
	}
}
