package org.govict.inventory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.govict.identity.internal.AccountDetailsService;
import org.govict.inventory.agent.AgentXml;
import org.govict.support.Demo;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The inventory's pages are for technicians, security officers and administrators; technicians register and link
 * assets, with errors shown by the field; the API answers the same rules with problem details.
 */
@IntegrationTest
@AutoConfigureMockMvc
class InventoryPagesAndApiFollowRoles {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	UserDetails as(String username) {
		return accounts.loadUserByUsername(username);
	}

	long unit(String code) {
		return jdbc.sql("SELECT id FROM organisation_units WHERE code = ?").param(code).query(Long.class).single();
	}

	@Test
	void staffDoNotSeeTheInventoryPagesTechniciansAndOfficersDo() throws Exception {
		mvc.perform(get("/inventory/assets").with(user(as(Demo.MINISTRY_STAFF)))).andExpect(status().isForbidden());
		mvc.perform(get("/inventory/assets").with(user(as(Demo.MINISTRY_TECHNICIAN))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tài sản CNTT")));
		mvc.perform(get("/inventory/assets").with(user(as(Demo.MINISTRY_SECURITY_OFFICER)))).andExpect(status().isOk());
		mvc.perform(get("/inventory/assets/new").with(user(as(Demo.MINISTRY_SECURITY_OFFICER))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aTechnicianRegistersAnAssetAndSeesFieldErrors() throws Exception {
		long unit = unit("BNV-TTTT-CSDL");
		mvc.perform(post("/inventory/assets/new").with(user(as(Demo.MINISTRY_TECHNICIAN))).with(csrf())
			.param("kind", "PRINTER")
			.param("name", "")
			.param("ownerUnitId", String.valueOf(unit)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\"")));

		mvc.perform(post("/inventory/assets/new").with(user(as(Demo.MINISTRY_TECHNICIAN))).with(csrf())
			.param("kind", "PRINTER")
			.param("name", "Máy in phòng 501")
			.param("inventoryNumber", "MI-WEB-501")
			.param("ownerUnitId", String.valueOf(unit))
			.param("purchasedOn", "2025-05-01")
			.param("warrantyUntil", "2024-05-01")
			.param("attributes", "ip = 10.0.5.1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"warrantyUntil-error\"")));

		mvc.perform(post("/inventory/assets/new").with(user(as(Demo.MINISTRY_TECHNICIAN))).with(csrf())
			.param("kind", "PRINTER")
			.param("name", "Máy in phòng 501")
			.param("inventoryNumber", "MI-WEB-501")
			.param("ownerUnitId", String.valueOf(unit))
			.param("attributes", "ip = 10.0.5.1\nkhổ giấy = A4"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/inventory/assets/*"));

		long id = jdbc.sql("SELECT id FROM inventory_assets WHERE inventory_number = 'MI-WEB-501'").query(Long.class).single();
		mvc.perform(get("/inventory/assets/{id}", id).with(user(as(Demo.MINISTRY_TECHNICIAN))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("khổ giấy")))
			.andExpect(content().string(containsString("10.0.5.1")));
		mvc.perform(get("/inventory/assets").param("q", "may in phong 501").with(user(as(Demo.MINISTRY_TECHNICIAN))))
			.andExpect(content().string(containsString("Máy in phòng 501")));
	}

	@Test
	void theListExportsAsASpreadsheet() throws Exception {
		mvc.perform(get("/inventory/assets.xlsx").with(user(as(Demo.MINISTRY_TECHNICIAN))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("tai-san-cntt.xlsx")));
	}

	@Test
	void theApiRegistersForTechniciansOnlyAndLinksAssets() throws Exception {
		long unit = unit("BNV-TTTT-CSDL");
		String server = """
				{"kind": "SERVER", "name": "Máy chủ CSDL 01", "inventoryNumber": "SRV-API-01", "ownerUnitId": %d}"""
			.formatted(unit);
		mvc.perform(post("/api/v1/inventory/assets").with(user(as(Demo.MINISTRY_STAFF))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(server)).andExpect(status().isForbidden());

		String created = mvc
			.perform(post("/api/v1/inventory/assets").with(user(as(Demo.MINISTRY_TECHNICIAN))).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(server))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long serverId = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));

		mvc.perform(post("/api/v1/inventory/assets").with(user(as(Demo.MINISTRY_TECHNICIAN))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(server))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		String vm = """
				{"kind": "VIRTUAL_MACHINE", "name": "VM CSDL 01", "ownerUnitId": %d}""".formatted(unit);
		long vmId = Long.parseLong(mvc
			.perform(post("/api/v1/inventory/assets").with(user(as(Demo.MINISTRY_TECHNICIAN))).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(vm))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll(".*\"id\":(\\d+).*", "$1"));
		mvc.perform(post("/api/v1/inventory/assets/{id}/links", vmId).with(user(as(Demo.MINISTRY_TECHNICIAN))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"fromId\": %d, \"relation\": \"RUNS_ON\", \"toId\": %d}".formatted(vmId, serverId)))
			.andExpect(status().isCreated());

		mvc.perform(get("/api/v1/inventory/assets/{id}", serverId).with(user(as(Demo.MINISTRY_STAFF))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.links[0].relation").value("RUNS_ON"));
		mvc.perform(get("/api/v1/inventory/assets/{id}", serverId).with(user(as(Demo.DANANG_STAFF))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/inventory/assets/{id}", serverId).with(user(as(Demo.MINISTRY_TECHNICIAN))))
			.andExpect(content().string(containsString("VM CSDL 01")));
	}

	@Test
	void theTechnicianSeesTheSoftwareOfAMachineAnAgentSent() throws Exception {
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<REQUEST><CONTENT>
				  <HARDWARE><NAME>PC-PAGE-01</NAME><UUID>22222222-2222-3333-4444-555555555501</UUID><MEMORY>8000</MEMORY></HARDWARE>
				  <ACCOUNTINFO><KEYNAME>TAG</KEYNAME><KEYVALUE>BNV-TTTT-CSDL</KEYVALUE></ACCOUNTINFO>
				  <SOFTWARES><NAME>LibreOffice 24.2</NAME><VERSION>24.2.7</VERSION><PUBLISHER>The Document Foundation</PUBLISHER></SOFTWARES>
				</CONTENT><DEVICEID>PC-PAGE-01-2026</DEVICEID><QUERY>INVENTORY</QUERY></REQUEST>""";
		mvc.perform(post("/inventory/agent").contentType(MediaType.parseMediaType("application/x-compress"))
			.content(AgentXml.zlib(xml.getBytes(StandardCharsets.UTF_8)))).andExpect(status().isOk());
		long id = jdbc.sql("SELECT id FROM inventory_assets WHERE name = 'PC-PAGE-01'").query(Long.class).single();

		String page = mvc.perform(get("/inventory/assets/{id}", id).with(user(as(Demo.MINISTRY_TECHNICIAN))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("LibreOffice 24.2").contains("The Document Foundation").contains("Máy trạm");

		// The catalogue counts installations at its census; a technician can have it taken at once.
		mvc.perform(post("/inventory/software/census").with(user(as(Demo.MINISTRY_SECURITY_OFFICER))).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/inventory/software/census").with(user(as(Demo.MINISTRY_TECHNICIAN))).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/inventory/software").param("q", "libreoffice").with(user(as(Demo.MINISTRY_TECHNICIAN))))
			.andExpect(content().string(containsString("LibreOffice 24.2")))
			.andExpect(content().string(containsString("Số lượt cài đặt được đếm lúc")));
	}

	@Test
	void theSoftwareLicenceAndMatchingPagesRender() throws Exception {
		mvc.perform(get("/inventory/software").with(user(as(Demo.MINISTRY_TECHNICIAN)))).andExpect(status().isOk());
		mvc.perform(get("/inventory/licences").with(user(as(Demo.MINISTRY_SECURITY_OFFICER)))).andExpect(status().isOk());
		mvc.perform(get("/inventory/licences/new").with(user(as(Demo.MINISTRY_TECHNICIAN)))).andExpect(status().isOk());
		mvc.perform(post("/inventory/licences/new").with(user(as(Demo.MINISTRY_TECHNICIAN))).with(csrf())
			.param("softwareName", "")
			.param("version", "0")
			.param("seats", "-1")
			.param("ownerUnitId", String.valueOf(unit("BNV-TTTT-CSDL"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"softwareName-error\"")))
			.andExpect(content().string(containsString("id=\"seats-error\"")));
		mvc.perform(post("/inventory/licences/new").with(user(as(Demo.MINISTRY_TECHNICIAN))).with(csrf())
			.param("softwareName", "Microsoft Office LTSC Professional Plus 2024")
			.param("version", "0")
			.param("seats", "25")
			.param("purchaseOrder", "HĐ 07/2025/TTTT")
			.param("validFrom", "2025-01-01")
			.param("validUntil", "2028-12-31")
			.param("ownerUnitId", String.valueOf(unit("BNV-TTTT-CSDL"))))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/inventory/licences").with(user(as(Demo.MINISTRY_TECHNICIAN))))
			.andExpect(content().string(containsString("Microsoft Office LTSC Professional Plus 2024")))
			.andExpect(content().string(containsString("31/12/2028")));
		mvc.perform(get("/inventory/matching").with(user(as(Demo.MINISTRY_TECHNICIAN)))).andExpect(status().isForbidden());
		mvc.perform(get("/inventory/matching").with(user(as(Demo.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("To be filled by O.E.M.")));
	}

	@Test
	void anImportFileWithErrorsIsReportedByRowAndColumn() throws Exception {
		byte[] csv = "Kind,Name,Owner unit\nPRINTER,,BNV-TTTT-CSDL\n".getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/inventory/imports").file(new MockMultipartFile("file", "assets.csv", "text/csv", csv))
			.with(user(as(Demo.MINISTRY_TECHNICIAN)))
			.with(csrf())
			.with(declaredLength(csv))
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Errors in the file: 1. No asset was imported.")))
			.andExpect(content().string(containsString("<td>2</td><td>Name</td>")));
		mvc.perform(multipart("/inventory/imports").file(new MockMultipartFile("file", "assets.csv", "text/csv", csv))
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER)))
			.with(csrf())
			.with(declaredLength(csv))).andExpect(status().isForbidden());
	}

	/** A browser declares the length of a multipart body; the mock request has none unless given content. */
	static org.springframework.test.web.servlet.request.RequestPostProcessor declaredLength(byte[] body) {
		return request -> {
			request.setContent(body);
			return request;
		};
	}

	@Test
	void anAdministratorReordersTheMatchingRules() throws Exception {
		try {
			mvc.perform(post("/inventory/matching").with(user(as(Demo.ADMIN))).with(csrf())
				.param("position_HOSTNAME", "1")
				.param("enabled_HOSTNAME", "on")
				.param("position_SERIAL", "2")
				.param("enabled_SERIAL", "on")
				.param("position_HARDWARE_UUID", "3")
				.param("position_MAC_ADDRESS", "4")
				.param("placeholders", "To be filled by O.E.M.\nDefault string\nXYZ-PLACEHOLDER"))
				.andExpect(status().is3xxRedirection());
			assertThat(jdbc.sql("SELECT criterion || ':' || enabled FROM inventory_matching_rules ORDER BY position")
				.query(String.class)
				.list()).containsExactly("HOSTNAME:true", "SERIAL:true", "HARDWARE_UUID:false", "MAC_ADDRESS:false");
			assertThat(jdbc.sql("SELECT count(*) FROM inventory_placeholder_values").query(Long.class).single())
				.isEqualTo(3);
		}
		finally {
			mvc.perform(post("/inventory/matching").with(user(as(Demo.ADMIN))).with(csrf())
				.param("position_HARDWARE_UUID", "1")
				.param("enabled_HARDWARE_UUID", "on")
				.param("position_SERIAL", "2")
				.param("enabled_SERIAL", "on")
				.param("position_MAC_ADDRESS", "3")
				.param("enabled_MAC_ADDRESS", "on")
				.param("position_HOSTNAME", "4")
				.param("placeholders", "Default string\nTo be filled by O.E.M.\n0123456789\nSystem Serial Number\n"
						+ "Not Specified\nNone\nN/A\nINVALID\nChassis Serial Number\nOEM\n123456789\n"
						+ "00000000-0000-0000-0000-000000000000\n03000200-0400-0500-0006-000700080009\n"
						+ "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF"));
		}
		mvc.perform(post("/inventory/matching").with(user(as(Demo.MINISTRY_TECHNICIAN))).with(csrf()))
			.andExpect(status().isForbidden());
	}
}
