package org.govict.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.govict.identity.internal.AccountDetailsService;
import org.govict.support.Demo;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A null character typed or pasted into a form, or escaped in JSON, is dropped from the text before it reaches
 * the database, which refuses it in text: the request is served as if it had not been there.
 */
@IntegrationTest
@AutoConfigureMockMvc
class NullCharactersAreDroppedFromInput {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	long unit(String code) {
		return jdbc.sql("SELECT id FROM organisation_units WHERE code = ?").param(code).query(Long.class).single();
	}

	String nameOf(String inventoryNumber) {
		return jdbc.sql("SELECT name FROM inventory_assets WHERE inventory_number = ?")
			.param(inventoryNumber)
			.query(String.class)
			.single();
	}

	@Test
	void aFormFieldKeepsItsTextWithoutTheNullCharacter() throws Exception {
		mvc.perform(post("/inventory/assets/new").with(user(accounts.loadUserByUsername(Demo.MINISTRY_TECHNICIAN)))
			.with(csrf())
			.param("kind", "PRINTER")
			.param("name", "Máy in\0 phòng 502")
			.param("inventoryNumber", "MI-NUL-502\0")
			.param("ownerUnitId", String.valueOf(unit("BNV-TTTT-CSDL"))))
			.andExpect(status().is3xxRedirection());

		assertThat(nameOf("MI-NUL-502")).isEqualTo("Máy in phòng 502");
	}

	@Test
	void aJsonTextKeepsItsTextWithoutTheNullCharacter() throws Exception {
		String server = """
				{"kind": "SERVER", "name": "Máy chủ\\u0000 CSDL 02", "inventoryNumber": "SRV-NUL-02", "ownerUnitId": %d}"""
			.formatted(unit("BNV-TTTT-CSDL"));
		mvc.perform(post("/api/v1/inventory/assets").with(user(accounts.loadUserByUsername(Demo.MINISTRY_TECHNICIAN)))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(server)).andExpect(status().isCreated());

		assertThat(nameOf("SRV-NUL-02")).isEqualTo("Máy chủ CSDL 02");
	}
}
