package org.govict.personnel.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.govict.organisation.OrganisationUnit;
import org.govict.personnel.PersonnelReports;
import org.govict.personnel.WorkforceColumn;
import org.govict.personnel.WorkforceReport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The report pages: BM01 with its charts, BM02, and their spreadsheet and PDF downloads. */
@Controller
class ReportController {

	static final String WORKFORCE = "personnel/reports/bm01";

	static final String SALARIES = "personnel/reports/bm02";

	static final int PAGE_SIZE = 50;

	private final PersonnelReports reports;

	private final ReportDocuments documents;

	ReportController(PersonnelReports reports, ReportDocuments documents) {
		this.reports = reports;
		this.documents = documents;
	}

	@GetMapping("/personnel/reports")
	String workforce(@RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Model model) {
		LocalDate day = asOf == null ? LocalDate.now() : asOf;
		WorkforceReport report = reports.workforce(unit, day);
		prepare(unit, day, model);
		model.addAttribute("report", report);
		model.addAttribute("columns", WorkforceColumn.values());
		model.addAttribute("groups", WorkforceColumn.Group.values());
		model.addAttribute("charts", ReportCharts.of(report.total()));
		return WORKFORCE;
	}

	@GetMapping("/personnel/reports/bm01.xlsx")
	ResponseEntity<byte[]> workforceXlsx(@RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Locale locale) {
		LocalDate day = asOf == null ? LocalDate.now() : asOf;
		return download(documents.workforceXlsx(reports.workforce(unit, day), locale), "BM01-" + day + ".xlsx",
				MediaType.parseMediaType(ReportDocuments.XLSX));
	}

	@GetMapping("/personnel/reports/bm01.pdf")
	ResponseEntity<byte[]> workforcePdf(@RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Locale locale) {
		LocalDate day = asOf == null ? LocalDate.now() : asOf;
		return download(documents.workforcePdf(reports.workforce(unit, day), locale), "BM01-" + day + ".pdf",
				MediaType.APPLICATION_PDF);
	}

	@GetMapping("/personnel/reports/bm02")
	String salaries(@RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "0") int page, Model model) {
		LocalDate day = asOf == null ? LocalDate.now() : asOf;
		prepare(unit, day, model);
		model.addAttribute("list", reports.salaryList(unit, day, Math.max(0, page), PAGE_SIZE));
		return SALARIES;
	}

	@GetMapping("/personnel/reports/bm02.xlsx")
	ResponseEntity<byte[]> salariesXlsx(@RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Locale locale) {
		LocalDate day = asOf == null ? LocalDate.now() : asOf;
		return download(documents.salaryXlsx(reports.salaryList(unit, day, 0, Integer.MAX_VALUE), locale),
				"BM02-" + day + ".xlsx", MediaType.parseMediaType(ReportDocuments.XLSX));
	}

	@GetMapping("/personnel/reports/bm02.pdf")
	ResponseEntity<byte[]> salariesPdf(@RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Locale locale) {
		LocalDate day = asOf == null ? LocalDate.now() : asOf;
		return download(documents.salaryPdf(reports.salaryList(unit, day, 0, Integer.MAX_VALUE), locale),
				"BM02-" + day + ".pdf", MediaType.APPLICATION_PDF);
	}

	/**
	 * The units to choose from: the reader's top units and the two levels under them, and the chosen unit with its
	 * ancestors and children; deeper units are reached through the links of the report's lines. A ministry reader
	 * sees twenty thousand units, too many for one list.
	 */
	private void prepare(Long unit, LocalDate day, Model model) {
		List<OrganisationUnit> all = reports.reportableUnits();
		int top = all.stream().mapToInt(OrganisationUnit::depth).min().orElse(0);
		OrganisationUnit chosen = unit == null ? null
				: all.stream().filter(u -> u.id().equals(unit)).findFirst().orElse(null);
		List<OrganisationUnit> units = all.stream()
			.filter(u -> u.depth() <= top + 2 || chosen != null && (chosen.path().startsWith(u.path())
					|| unit.equals(u.parentId())))
			.toList();
		model.addAttribute("units", units);
		model.addAttribute("unit", unit);
		model.addAttribute("asOf", day);
	}

	static ResponseEntity<byte[]> download(byte[] content, String fileName, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(content);
	}
}
