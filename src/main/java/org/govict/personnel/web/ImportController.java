package org.govict.personnel.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.govict.personnel.FieldRefusal;
import org.govict.personnel.ImportMode;
import org.govict.personnel.PersonnelImport;
import org.govict.personnel.PersonnelImports;
import org.govict.personnel.RecordQuery;
import org.govict.personnel.RecordRefused;
import org.govict.personnel.imports.Sheets;
import org.govict.platform.web.Flash;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The import pages: the upload form with the templates and the user's imports, and each import's progress. */
@Controller
class ImportController {

	static final String LIST = "personnel/imports";

	static final String DETAIL = "personnel/import";

	static final String PROGRESS = "personnel/fragments/import-progress :: progress";

	static final int ERRORS_SHOWN = 50;

	private final PersonnelImports imports;

	ImportController(PersonnelImports imports) {
		this.imports = imports;
	}

	/** The upload form. */
	static final class ImportForm {

		private ImportMode mode = ImportMode.VALID_ROWS;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate effectiveOn;

		public ImportMode getMode() {
			return mode;
		}

		public void setMode(ImportMode mode) {
			this.mode = mode;
		}

		public LocalDate getEffectiveOn() {
			return effectiveOn;
		}

		public void setEffectiveOn(LocalDate effectiveOn) {
			this.effectiveOn = effectiveOn;
		}
	}

	@GetMapping("/personnel/imports")
	String list(Model model) {
		requireImport();
		ImportForm form = new ImportForm();
		form.setEffectiveOn(LocalDate.now());
		model.addAttribute("importForm", form);
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("modes", ImportMode.values());
		model.addAttribute("imports", imports.mine());
		model.addAttribute("maxMegabytes", imports.maxBytes() / (1024 * 1024));
		return LIST;
	}

	@PostMapping("/personnel/imports")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@ModelAttribute("importForm") ImportForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		requireImport();
		if (file == null || file.isEmpty()) {
			result.rejectValue(null, "personnel.import.fileRequired");
			return page(model);
		}
		if (result.hasErrors()) {
			return page(model);
		}
		try (InputStream in = file.getInputStream()) {
			PersonnelImport started = imports.upload(file.getOriginalFilename(), in, form.getMode(),
					form.getEffectiveOn(), locale);
			Flash.success(redirect, "personnel.import.queued", started.fileName());
			return "redirect:/personnel/imports/" + started.id();
		}
		catch (RecordRefused refused) {
			for (FieldRefusal refusal : refused.refusals()) {
				String field = "effectiveOn".equals(refusal.field()) ? "effectiveOn" : null;
				result.rejectValue(field, refusal.refusal().messageKey(), refusal.refusal().arguments().toArray(),
						refusal.refusal().messageKey());
			}
			return page(model);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/personnel/imports/{id:[0-9]+}")
	String detail(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model, Locale locale) {
		PersonnelImport found = imports.get(id);
		model.addAttribute("imp", found);
		model.addAttribute("errors", imports.refusalLines(id, ERRORS_SHOWN, locale));
		model.addAttribute("errorsShown", ERRORS_SHOWN);
		return htmx != null ? PROGRESS : DETAIL;
	}

	@PostMapping("/personnel/imports/{id:[0-9]+}/cancel")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		imports.cancel(id);
		Flash.success(redirect, "personnel.import.cancelled");
		return "redirect:/personnel/imports/" + id;
	}

	@GetMapping("/personnel/imports/{id:[0-9]+}/errors.xlsx")
	void errors(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
		imports.get(id);
		download(response, Sheets.Format.XLSX, "import-" + id + "-errors");
		imports.writeRefusals(id, Sheets.Format.XLSX, response.getOutputStream(), locale);
	}

	@GetMapping("/personnel/imports/template.{format:xlsx|csv}")
	void template(@PathVariable String format, Locale locale, HttpServletResponse response) throws IOException {
		requireImport();
		Sheets.Format sheets = Sheets.Format.of(format);
		download(response, sheets, "mau-nhap-ho-so");
		imports.writeTemplate(sheets, response.getOutputStream(), locale);
	}

	/** Every record matching the search, with the parameters of the records search page. */
	@GetMapping("/personnel/export")
	void export(@RequestParam(defaultValue = "xlsx") String format, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) String rank,
			@RequestParam(required = false) String position, @RequestParam(required = false) String education,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer ageFrom,
			@RequestParam(required = false) Integer ageTo, Locale locale, HttpServletResponse response)
			throws IOException {
		RecordQuery query = new RecordQuery(q, unit, rank, position, education, status, ageFrom, ageTo, null, 0, 0);
		Sheets.Format sheets = Sheets.Format.of(format);
		download(response, sheets, "ho-so-can-bo");
		imports.export(query, sheets, response.getOutputStream(), locale);
	}

	static void download(HttpServletResponse response, Sheets.Format format, String name) {
		response.setContentType(format.contentType());
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment().filename(name + "." + format.extension(), StandardCharsets.UTF_8)
					.build()
					.toString());
	}

	private static void requireImport() {
		if (!PersonnelImports.canImport()) {
			throw new AccessDeniedException("personnel.access.denied");
		}
	}
}
