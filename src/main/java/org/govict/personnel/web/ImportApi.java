package org.govict.personnel.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.govict.personnel.FieldRefusal;
import org.govict.personnel.ImportMode;
import org.govict.personnel.ImportStatus;
import org.govict.personnel.PersonnelImport;
import org.govict.personnel.PersonnelImports;
import org.govict.personnel.RecordQuery;
import org.govict.personnel.RecordRefused;
import org.govict.personnel.imports.Sheets;
import org.govict.platform.web.ApiController;
import org.govict.platform.web.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Imports of personnel records and exports of record lists, for other systems and scripts. */
@ApiController("/api/v1/personnel")
class ImportApi {

	private final PersonnelImports imports;

	ImportApi(PersonnelImports imports) {
		this.imports = imports;
	}

	/** An import as the API shows it: its state and counts, and where to follow it and fetch its errors. */
	record ImportView(long id, String fileName, String format, ImportMode mode, LocalDate effectiveOn,
			ImportStatus status, long sizeBytes, int progressPercent, long rowsRead, long rowsLoaded, long rowsRefused,
			long rowsUnchanged, String failure, Instant createdAt, Instant startedAt, Instant finishedAt,
			Map<String, String> links) {

		static ImportView of(PersonnelImport found) {
			String self = "/api/v1/personnel/imports/" + found.id();
			return new ImportView(found.id(), found.fileName(), found.format(), found.mode(), found.effectiveOn(),
					found.status(), found.sizeBytes(), found.progressPercent(), found.rowsRead(), found.rowsLoaded(),
					found.rowsRefused(), found.rowsUnchanged(), found.failure(), found.createdAt(), found.startedAt(),
					found.finishedAt(), Map.of("self", self, "errors", self + "/errors", "errorReport",
							self + "/errors.xlsx", "page", "/personnel/imports/" + found.id()));
		}
	}

	/** Stores the file and queues its import: 202, to be followed at the link in Location. */
	@PostMapping(path = "/imports", consumes = "multipart/form-data")
	ResponseEntity<ImportView> upload(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
			Locale locale) throws IOException {
		try (InputStream in = file.getInputStream()) {
			PersonnelImport started = imports.upload(file.getOriginalFilename(), in, mode, effectiveOn, locale);
			return ResponseEntity.accepted()
				.location(URI.create("/api/v1/personnel/imports/" + started.id()))
				.body(ImportView.of(started));
		}
		catch (RecordRefused refused) {
			MapBindingResult errors = new MapBindingResult(new HashMap<>(), "import");
			for (FieldRefusal refusal : refused.refusals()) {
				errors.rejectValue(refusal.field() == null ? "file" : refusal.field(), refusal.refusal().messageKey(),
						refusal.refusal().arguments().toArray(), refusal.refusal().messageKey());
			}
			throw new InvalidInputException(errors);
		}
	}

	@GetMapping("/imports/{id:[0-9]+}")
	ImportView get(@PathVariable long id) {
		return ImportView.of(imports.get(id));
	}

	@GetMapping("/imports/{id:[0-9]+}/errors")
	List<PersonnelImports.RefusalLine> errors(@PathVariable long id,
			@RequestParam(defaultValue = "1000") int limit, Locale locale) {
		return imports.refusalLines(id, Math.min(Math.max(limit, 1), 10_000), locale);
	}

	@GetMapping("/imports/{id:[0-9]+}/errors.xlsx")
	void errorReport(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
		imports.get(id);
		ImportController.download(response, Sheets.Format.XLSX, "import-" + id + "-errors");
		imports.writeRefusals(id, Sheets.Format.XLSX, response.getOutputStream(), locale);
	}

	@GetMapping("/imports/template.{format:xlsx|csv}")
	void template(@PathVariable String format, Locale locale, HttpServletResponse response) throws IOException {
		Sheets.Format sheets = Sheets.Format.of(format);
		ImportController.download(response, sheets, "mau-nhap-ho-so");
		imports.writeTemplate(sheets, response.getOutputStream(), locale);
	}

	@GetMapping("/records/export")
	void export(@RequestParam(defaultValue = "xlsx") String format, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) String rank,
			@RequestParam(required = false) String position, @RequestParam(required = false) String education,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer ageFrom,
			@RequestParam(required = false) Integer ageTo, Locale locale, HttpServletResponse response)
			throws IOException {
		RecordQuery query = new RecordQuery(q, unit, rank, position, education, status, ageFrom, ageTo, null, 0, 0);
		Sheets.Format sheets = Sheets.Format.of(format);
		ImportController.download(response, sheets, "ho-so-can-bo");
		imports.export(query, sheets, response.getOutputStream(), locale);
	}
}
