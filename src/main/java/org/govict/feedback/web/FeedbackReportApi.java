package org.govict.feedback.web;

import java.time.LocalDate;

import org.govict.feedback.FeedbackDesk;
import org.govict.feedback.FeedbackReport;
import org.govict.feedback.FeedbackReports;
import org.govict.platform.web.ApiController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The desk's reports for other systems, within the caller's data scope. */
@ApiController("/api/v1/feedback/reports")
class FeedbackReportApi {

	private final FeedbackReports reports;

	FeedbackReportApi(FeedbackReports reports) {
		this.reports = reports;
	}

	/**
	 * The cases received from {@code from} (default: the first of January) to {@code to} (default: today), in a
	 * unit's subtree when {@code unit} is given: counts by kind, topic, unit and status, the on-time rate in
	 * percent, the average handling time in working and calendar days, and the months.
	 */
	@GetMapping
	FeedbackReport report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long unit) {
		LocalDate today = LocalDate.now(FeedbackDesk.VIETNAM);
		return reports.report(from == null ? today.withDayOfYear(1) : from, to == null ? today : to, unit);
	}

	/** The half-yearly report: {@code half} 1 is January to June, 2 July to December. */
	@GetMapping("/half-year")
	FeedbackReport halfYear(@RequestParam int year, @RequestParam int half, @RequestParam(required = false) Long unit) {
		LocalDate[] period = FeedbackReports.halfYear(year, half);
		return reports.report(period[0], period[1], unit);
	}
}
