package org.govict.helpdesk.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.govict.helpdesk.ServiceDeskSetup;
import org.govict.helpdesk.SupportReport;
import org.govict.helpdesk.SupportReports;
import org.govict.organisation.Organisation;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The desk's report for a period, as a page with tables and as a workbook. */
@Controller
@PreAuthorize("hasAnyRole('IT_TECHNICIAN','SYSTEM_ADMIN','LEADER')")
class SupportReportController {

	static final String VIEW = "helpdesk/reports";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final SupportReports reports;

	private final ServiceDeskSetup setup;

	private final Organisation organisation;

	private final MessageSource messages;

	SupportReportController(SupportReports reports, ServiceDeskSetup setup, Organisation organisation,
			MessageSource messages) {
		this.reports = reports;
		this.setup = setup;
		this.organisation = organisation;
		this.messages = messages;
	}

	@GetMapping("/helpdesk/reports")
	String report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Locale locale, Model model) {
		LocalDate today = LocalDate.now(TicketController.VIETNAM);
		LocalDate start = from == null ? today.withDayOfMonth(1) : from;
		LocalDate end = to == null ? today : to;
		model.addAttribute("report", reports.report(start, end));
		model.addAttribute("categoryNames", categoryNames(locale));
		model.addAttribute("unitNames", unitNames(locale));
		return VIEW;
	}

	@GetMapping("/helpdesk/reports/tickets.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale) {
		SupportReport report = reports.report(from, to);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "GovICT", "1.0");
			Worksheet summary = workbook.newWorksheet(m("helpdesk.reports.summary", locale));
			Object[][] rows = { { m("helpdesk.reports.from", locale), report.from().toString() },
					{ m("helpdesk.reports.to", locale), report.to().toString() },
					{ m("helpdesk.reports.opened", locale), report.opened() },
					{ m("helpdesk.reports.resolved", locale), report.resolved() },
					{ m("helpdesk.reports.slaMet", locale), report.serviceLevelMet() },
					{ m("helpdesk.reports.avgResponse", locale), report.averageResponseHours() },
					{ m("helpdesk.reports.avgResolution", locale), report.averageResolutionHours() },
					{ m("helpdesk.reports.avgRating", locale), report.averageRating() } };
			for (int r = 0; r < rows.length; r++) {
				summary.value(r, 0, (String) rows[r][0]);
				if (rows[r][1] instanceof Number n) {
					summary.value(r, 1, n);
				}
				else if (rows[r][1] != null) {
					summary.value(r, 1, rows[r][1].toString());
				}
			}
			breakdown(workbook, m("helpdesk.reports.byCategory", locale), m("helpdesk.field.category", locale),
					report.byCategory(), categoryNames(locale), locale);
			breakdown(workbook, m("helpdesk.reports.byUnit", locale), m("helpdesk.field.requester", locale),
					report.byUnit(), unitNames(locale), locale);
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("ho-tro-ky-thuat-" + from + "-" + to + ".xlsx").build().toString())
			.contentType(MediaType.parseMediaType(XLSX))
			.body(out.toByteArray());
	}

	private void breakdown(Workbook workbook, String sheetName, String first, List<SupportReport.Count> counts,
			Map<Long, String> names, Locale locale) {
		Worksheet sheet = workbook.newWorksheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
		sheet.value(0, 0, first);
		sheet.value(0, 1, m("helpdesk.reports.opened", locale));
		sheet.value(0, 2, m("helpdesk.reports.resolved", locale));
		sheet.value(0, 3, m("helpdesk.reports.slaMet", locale));
		int r = 1;
		for (SupportReport.Count c : counts) {
			sheet.value(r, 0, c.id() == null ? m("helpdesk.reports.none", locale) : names.getOrDefault(c.id(), "#" + c.id()));
			sheet.value(r, 1, c.opened());
			sheet.value(r, 2, c.resolved());
			if (c.resolved() > 0) {
				sheet.value(r, 3, 100.0 * c.resolvedInTime() / c.resolved());
			}
			r++;
		}
	}

	private Map<Long, String> categoryNames(Locale locale) {
		Map<Long, String> names = new HashMap<>();
		setup.categories().forEach(c -> names.put(c.id(), c.name(locale)));
		return names;
	}

	private Map<Long, String> unitNames(Locale locale) {
		Map<Long, String> names = new HashMap<>();
		organisation.visibleUnits(false).forEach(u -> names.put(u.id(), u.name(locale)));
		return names;
	}

	private String m(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
