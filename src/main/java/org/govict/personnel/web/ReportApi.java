package org.govict.personnel.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.govict.personnel.PersonnelReports;
import org.govict.personnel.PersonnelReports.SalaryList;
import org.govict.personnel.WorkforceColumn;
import org.govict.personnel.WorkforceReport;
import org.govict.platform.web.ApiController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The reports for other systems: BM01 and BM02 of a subtree on a day, within the caller's scope. */
@ApiController("/api/v1/personnel/reports")
class ReportApi {

	private static final List<String> COLUMNS = Arrays.stream(WorkforceColumn.values()).map(Enum::name).toList();

	private final PersonnelReports reports;

	ReportApi(PersonnelReports reports) {
		this.reports = reports;
	}

	/**
	 * BM01 of the unit's subtree (without a unit: everything the caller sees) on {@code asOf} (today if not given):
	 * the column names once, then a line of counts for each child unit, and the total.
	 */
	@GetMapping("/bm01")
	Workforce bm01(@RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Locale locale) {
		WorkforceReport report = reports.workforce(unit, asOf == null ? LocalDate.now() : asOf);
		return new Workforce(report.asOf(), report.unitId(), COLUMNS,
				report.lines().stream().map(l -> new Line(l.unitId(), l.code(), l.name(locale), l.own() ? true : null,
						l.tally().counts())).toList(),
				report.total().counts());
	}

	@GetMapping("/bm02")
	SalaryList bm02(@RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		return reports.salaryList(unit, asOf == null ? LocalDate.now() : asOf, Math.max(0, page), size);
	}

	record Workforce(LocalDate asOf, Long unit, List<String> columns, List<Line> rows, long[] total) {
	}

	/** {@code own} is present on the line of the people of the chosen unit itself. */
	record Line(Long unit, String code, String name, Boolean own, long[] counts) {
	}
}
