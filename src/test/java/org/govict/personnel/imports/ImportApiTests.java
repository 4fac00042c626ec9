package org.govict.personnel.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.govict.identity.internal.AccountDetailsService;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The import API and the upload limits. */
@IntegrationTest
@AutoConfigureMockMvc
class ImportApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDetailsService accounts;

	UserDetails as(String username) {
		return accounts.loadUserByUsername(username);
	}

	static MockMultipartFile file(String csv) {
		return new MockMultipartFile("file", "nhap.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void anUploadIsAcceptedAndCanBeFollowedToItsErrors() throws Exception {
		String csv = PersonnelImportsTests.HEADER + "\n"
				+ PersonnelImportsTests.row("Mai Thị Api", "048190700081", "DNG-SNV", "") + "\n"
				+ "Mai Thị Lỗi,048190700082,Nữ,14/13/1990,DNG-SNV,,,,\n";
		MvcResult accepted = mvc
			.perform(multipart("/api/v1/personnel/imports").file(file(csv)).param("mode", "VALID_ROWS")
				.with(csrf()).with(user(as("tochuc.danang"))))
			.andExpect(status().isAccepted())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.mode").value("VALID_ROWS"))
			.andExpect(jsonPath("$.links.errors").exists())
			.andReturn();
		String location = accepted.getResponse().getHeader("Location");
		String state = "";
		for (int i = 0; i < 300 && !state.equals("DONE"); i++) {
			Thread.sleep(100);
			state = com.jayway.jsonpath.JsonPath.read(mvc.perform(get(location).with(user(as("tochuc.danang"))))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.status");
		}
		assertThat(state).isEqualTo("DONE");
		mvc.perform(get(location + "/errors").header("Accept-Language", "en").with(user(as("tochuc.danang"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].row").value(3))
			.andExpect(jsonPath("$[0].column").value("Date of birth"))
			.andExpect(jsonPath("$[0].value").value("14/13/1990"));
		mvc.perform(get(location).with(user(as("tochuc.bnv")))).andExpect(status().isNotFound());
		// The progress polled by the page is the fragment alone, and stops asking once the import is done.
		String fragment = mvc.perform(get(location.replace("/api/v1", "")).header("HX-Request", "true")
			.with(user(as("tochuc.danang")))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(fragment).contains("id=\"import-progress\"", "Hoàn thành").doesNotContain("<html", "hx-get");
		mvc.perform(get(location + "/errors.xlsx").with(user(as("tochuc.danang"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					org.hamcrest.Matchers.startsWith("application/vnd.openxmlformats")));
	}

	@Test
	void aFileThatIsNotASpreadsheetIsAProblem() throws Exception {
		MockMultipartFile binary = new MockMultipartFile("file", "anh.png", "image/png", new byte[] { (byte) 0x89, 'P',
				'N', 'G', 0, 0, 0, 13 });
		mvc.perform(multipart("/api/v1/personnel/imports").file(binary).with(csrf()).with(user(as("tochuc.danang"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	@Test
	void staffCannotImport() throws Exception {
		mvc.perform(multipart("/api/v1/personnel/imports").file(file("x")).with(csrf())
			.with(user(as("chuyenvien.csdl")))).andExpect(status().isForbidden());
	}

	@Test
	void importUploadsMayExceedThePlatformLimitButOtherRequestsMayNot() throws Exception {
		byte[] body = new byte[26 * 1024 * 1024];
		java.util.Arrays.fill(body, (byte) 'a');
		mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON).content(body).with(csrf())
			.with(user(as("admin")))).andExpect(status().isContentTooLarge());
		mvc.perform(multipart("/api/v1/personnel/imports")
			.file(new MockMultipartFile("file", "lon.csv", "text/csv", body))
			.with(csrf())
			.with(user(as("tochuc.danang")))).andExpect(status().isAccepted());
	}

	@Test
	void templatesAndExportsAreDownloads() throws Exception {
		mvc.perform(get("/api/v1/personnel/imports/template.csv").with(user(as("tochuc.danang"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")));
		byte[] xlsx = mvc.perform(get("/personnel/imports/template.xlsx").with(user(as("tochuc.danang"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(xlsx).startsWith('P', 'K');
		String export = mvc.perform(get("/personnel/export").param("format", "csv").param("status", "ACTIVE")
			.with(user(as("tochuc.danang")))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(export).startsWith("\uFEFFHọ và tên khai sinh");
		mvc.perform(get("/api/v1/personnel/records/export").param("format", "xlsx").with(user(as("tochuc.bnv"))))
			.andExpect(status().isOk());
		mvc.perform(get("/personnel/export").with(user(as("chuyenvien.csdl")))).andExpect(status().isForbidden());
	}
}
