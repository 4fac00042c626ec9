package org.govict.feedback.web;

import java.time.LocalDate;
import java.util.Locale;

import org.govict.feedback.CaseHandling;
import org.govict.feedback.FeedbackDesk;
import org.govict.feedback.FeedbackReport;
import org.govict.feedback.FeedbackReports;
import org.govict.organisation.Organisation;
import org.govict.platform.web.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The report page of the desk, with its charts and its spreadsheet, and the half-yearly report to the leadership
 * as a spreadsheet and a PDF. Without a period the page shows the year so far.
 */
@Controller
class FeedbackReportController {

	static final String VIEW = "feedback/reports/index";

	private final FeedbackReports reports;

	private final FeedbackReportDocuments documents;

	private final Organisation organisation;

	private final MessageSource messages;

	FeedbackReportController(FeedbackReports reports, FeedbackReportDocuments documents, Organisation organisation,
			MessageSource messages) {
		this.reports = reports;
		this.documents = documents;
		this.organisation = organisation;
		this.messages = messages;
	}

	@GetMapping("/feedback/reports")
	String show(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long unit, Locale locale, Model model) {
		requireReader();
		LocalDate today = LocalDate.now(FeedbackDesk.VIETNAM);
		LocalDate start = from == null ? today.withDayOfYear(1) : from;
		LocalDate end = to == null ? today : to;
		FeedbackReport report;
		try {
			report = reports.report(start, end, unit);
		}
		catch (RuleViolationException ex) {
			model.addAttribute("periodError", ex.getMessageKey());
			start = today.withDayOfYear(1);
			end = today;
			report = reports.report(start, end, unit);
		}
		model.addAttribute("report", report);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("unit", unit);
		model.addAttribute("units", organisation.visibleUnits(true));
		model.addAttribute("year", today.getYear());
		model.addAttribute("half", today.getMonthValue() <= 6 ? 1 : 2);
		model.addAttribute("charts", FeedbackCharts.of(report,
				c -> messages.getMessage("feedback.kind." + c.key(), null, c.key(), locale),
				c -> c.nameVi() == null ? messages.getMessage("feedback.reports.noTopic", null, locale) : c.name(locale)));
		return VIEW;
	}

	@GetMapping("/feedback/reports/cases.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long unit, Locale locale) {
		requireReader();
		FeedbackReport report = reports.report(from, to, unit);
		return download(documents.xlsx(report, documents.periodTitle(report, locale), locale),
				"phan-anh-" + from + "-" + to + ".xlsx", MediaType.parseMediaType(FeedbackReportDocuments.XLSX));
	}

	@GetMapping("/feedback/reports/half-year.xlsx")
	ResponseEntity<byte[]> halfYearXlsx(@RequestParam int year, @RequestParam int half,
			@RequestParam(required = false) Long unit, Locale locale) {
		requireReader();
		LocalDate[] period = FeedbackReports.halfYear(year, half);
		FeedbackReport report = reports.report(period[0], period[1], unit);
		return download(documents.xlsx(report, documents.halfYearTitle(year, half, locale), locale),
				"bao-cao-6-thang-" + year + "-" + half + ".xlsx",
				MediaType.parseMediaType(FeedbackReportDocuments.XLSX));
	}

	@GetMapping("/feedback/reports/half-year.pdf")
	ResponseEntity<byte[]> halfYearPdf(@RequestParam int year, @RequestParam int half,
			@RequestParam(required = false) Long unit, Locale locale) {
		requireReader();
		LocalDate[] period = FeedbackReports.halfYear(year, half);
		FeedbackReport report = reports.report(period[0], period[1], unit);
		String unitName = unit == null ? null : organisation.findUnscoped(unit).map(u -> u.name(locale)).orElse(null);
		return download(documents.halfYearPdf(report, year, half, unitName, locale),
				"bao-cao-6-thang-" + year + "-" + half + ".pdf", MediaType.APPLICATION_PDF);
	}

	private static void requireReader() {
		if (!CaseHandling.canRead()) {
			throw new AccessDeniedException("feedback reports");
		}
	}

	static ResponseEntity<byte[]> download(byte[] content, String fileName, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(content);
	}
}
