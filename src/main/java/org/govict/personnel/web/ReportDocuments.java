package org.govict.personnel.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.govict.personnel.DueLists;
import org.govict.personnel.PersonnelReports.SalaryList;
import org.govict.personnel.WorkforceColumn;
import org.govict.personnel.WorkforceReport;
import org.govict.personnel.WorkforceTally;
import org.govict.platform.web.PdfSheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The reports as spreadsheets (.xlsx) and PDF, labelled in the reader's language. */
@Component
class ReportDocuments {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final MessageSource messages;

	ReportDocuments(MessageSource messages) {
		this.messages = messages;
	}

	private String m(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	static String day(LocalDate day) {
		return day == null ? "" : DAY.format(day);
	}

	private String title(WorkforceReport report, Locale locale) {
		return m("personnel.bm01.title", locale) + " — "
				+ (report.unitId() == null ? m("personnel.reports.allUnits", locale) : report.unitName(locale)) + " — "
				+ m("personnel.reports.asOfDay", locale, day(report.asOf()));
	}

	// ---- BM01 ----

	byte[] workforceXlsx(WorkforceReport report, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "GovICT", "1.0");
			Worksheet sheet = workbook.newWorksheet("BM01");
			sheet.value(0, 0, title(report, locale));
			sheet.style(0, 0).bold().set();
			sheet.value(2, 0, m("personnel.bm01.unit", locale));
			sheet.range(2, 0, 3, 0).merge();
			int col = 1;
			for (WorkforceColumn.Group group : WorkforceColumn.Group.values()) {
				sheet.value(2, col, m(group.messageKey(), locale));
				sheet.range(2, col, 2, col + group.span() - 1).merge();
				col += group.span();
			}
			WorkforceColumn[] columns = WorkforceColumn.values();
			for (int i = 0; i < columns.length; i++) {
				sheet.value(3, i + 1, m(columns[i].messageKey(), locale));
			}
			sheet.range(2, 0, 3, columns.length).style().bold().wrapText(true).horizontalAlignment("center").set();
			int row = 4;
			for (WorkforceReport.Line line : report.lines()) {
				writeLine(sheet, row++, lineName(line, locale), line.tally());
			}
			writeLine(sheet, row, m("personnel.bm01.total", locale), report.total());
			sheet.range(row, 0, row, columns.length).style().bold().set();
			sheet.width(0, 40);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private String lineName(WorkforceReport.Line line, Locale locale) {
		return line.own() ? m("personnel.bm01.own", locale, line.name(locale)) : line.name(locale);
	}

	private static void writeLine(Worksheet sheet, int row, String name, WorkforceTally tally) {
		sheet.value(row, 0, name);
		long[] counts = tally.counts();
		for (int i = 0; i < counts.length; i++) {
			sheet.value(row, i + 1, counts[i]);
		}
	}

	byte[] workforcePdf(WorkforceReport report, Locale locale) {
		try (PdfSheet pdf = new PdfSheet(true)) {
			pdf.heading(m("personnel.bm01.title", locale), 13);
			pdf.heading((report.unitId() == null ? m("personnel.reports.allUnits", locale) : report.unitName(locale))
					+ " — " + m("personnel.reports.asOfDay", locale, day(report.asOf())), 11);
			WorkforceColumn[] columns = WorkforceColumn.values();
			float[] widths = new float[columns.length + 1];
			widths[0] = 7;
			boolean[] right = new boolean[columns.length + 1];
			List<String> header = new ArrayList<>();
			header.add(m("personnel.bm01.unit", locale));
			for (int i = 0; i < columns.length; i++) {
				widths[i + 1] = 1.6f;
				right[i + 1] = true;
				header.add(m(columns[i].messageKey() + ".short", locale));
			}
			List<List<String>> rows = new ArrayList<>();
			for (WorkforceReport.Line line : report.lines()) {
				rows.add(cells(lineName(line, locale), line.tally()));
			}
			rows.add(cells(m("personnel.bm01.total", locale), report.total()));
			pdf.table(widths, header, rows, 6.5f, right);
			pdf.space(8);
			List<String> legend = new ArrayList<>();
			for (WorkforceColumn column : columns) {
				legend.add(m(column.messageKey() + ".short", locale) + ": " + m(column.messageKey(), locale));
			}
			pdf.paragraph(String.join("; ", legend), pdf.italic, 7, 0);
			charts(pdf, report.total(), locale);
			return pdf.finish(m("personnel.pdf.page", locale));
		}
	}

	private static List<String> cells(String name, WorkforceTally tally) {
		List<String> cells = new ArrayList<>();
		cells.add(name);
		for (long count : tally.counts()) {
			cells.add(String.valueOf(count));
		}
		return cells;
	}

	private void charts(PdfSheet pdf, WorkforceTally total, Locale locale) {
		ReportCharts charts = ReportCharts.of(total);
		pdf.newPage();
		pdf.heading(m("personnel.reports.pyramid", locale), 12);
		float top = pdf.y() - 10;
		float centre = pdf.left() + pdf.width() / 2;
		pdf.text(centre - 120, top, m("personnel.choice.sex.M", locale), pdf.bold, 10);
		pdf.text(centre + 80, top, m("personnel.choice.sex.F", locale), pdf.bold, 10);
		for (ReportCharts.PyramidBar bar : charts.pyramid()) {
			float y = top - 10 - (float) bar.y() * 0.8f;
			pdf.bar(centre - 25 - (float) bar.menWidth(), y, (float) bar.menWidth(), 16, new Color(31, 95, 160));
			pdf.bar(centre + 25, y, (float) bar.womenWidth(), 16, new Color(196, 69, 54));
			pdf.text(centre - 18, y + 4, bar.band().label(), pdf.regular, 8);
			pdf.text(centre - 30 - (float) bar.menWidth() - pdf.textWidth(String.valueOf(bar.men()), pdf.regular, 8),
					y + 4, String.valueOf(bar.men()), pdf.regular, 8);
			pdf.text(centre + 30 + (float) bar.womenWidth(), y + 4, String.valueOf(bar.women()), pdf.regular, 8);
		}
		pdf.space(30 + charts.pyramidHeight() * 0.8f);
		pdf.heading(m("personnel.reports.degrees", locale), 12);
		float degreesTop = pdf.y();
		for (ReportCharts.DegreeBar bar : charts.degrees()) {
			float y = degreesTop - 20 - (float) bar.y() * 0.8f;
			pdf.text(pdf.left(), y + 4, m(bar.column().messageKey(), locale), pdf.regular, 9);
			pdf.bar(pdf.left() + 140, y, (float) bar.width(), 16, new Color(31, 95, 160));
			pdf.text(pdf.left() + 145 + (float) bar.width(), y + 4, String.valueOf(bar.count()), pdf.regular, 9);
		}
	}

	// ---- BM02 ----

	private List<String> salaryHeader(Locale locale) {
		List<String> header = new ArrayList<>();
		for (String key : List.of("number", "name", "birthDate", "sex", "unit", "rank", "grade", "step", "coefficient",
				"since", "positionAllowance", "overFrame", "position")) {
			header.add(m("personnel.bm02.column." + key, locale));
		}
		return header;
	}

	private List<String> salaryCells(int number, SalaryList.Line line, Locale locale) {
		return List.of(String.valueOf(number), line.fullName(), day(line.birthDate()),
				line.sex() == null ? "" : m("personnel.choice.sex." + line.sex(), locale), line.unitName(),
				(line.rankName() == null ? "" : line.rankName()) + (line.rankCode() == null ? "" : " (" + line.rankCode() + ")"),
				text(line.salaryGrade()), line.step() == null ? "" : line.step().toString(), decimal(line.coefficient()),
				day(line.since()), decimal(line.positionAllowance()),
				line.overFramePercent() == null ? "" : line.overFramePercent() + "%",
				line.positionName() != null ? line.positionName() : text(line.jobPosition()));
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static String decimal(BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}

	byte[] salaryXlsx(SalaryList list, Locale locale) {
		return sheet("BM02", m("personnel.bm02.title", locale) + " — " + m("personnel.reports.asOfDay", locale,
				day(list.asOf())), salaryHeader(locale), salaryRows(list, locale));
	}

	private List<List<String>> salaryRows(SalaryList list, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		int number = list.page() * list.size();
		for (SalaryList.Line line : list.lines()) {
			rows.add(salaryCells(++number, line, locale));
		}
		return rows;
	}

	byte[] salaryPdf(SalaryList list, Locale locale) {
		try (PdfSheet pdf = new PdfSheet(true)) {
			pdf.heading(m("personnel.bm02.title", locale), 13);
			pdf.heading((list.unitNameVi() == null ? m("personnel.reports.allUnits", locale) : list.unitNameVi()) + " — "
					+ m("personnel.reports.asOfDay", locale, day(list.asOf())), 11);
			pdf.table(new float[] { 3, 14, 7, 4, 14, 14, 4, 3, 5, 7, 5, 4, 10 }, salaryHeader(locale),
					salaryRows(list, locale), 7.5f,
					new boolean[] { true, false, false, false, false, false, false, true, true, false, true, true, false });
			return pdf.finish(m("personnel.pdf.page", locale));
		}
	}

	// ---- Due lists ----

	byte[] salaryStepsXlsx(List<DueLists.SalaryStepDue> due, String title, java.util.function.LongFunction<String> units,
			Locale locale) {
		List<String> header = new ArrayList<>();
		for (String key : List.of("name", "unit", "grade", "step", "coefficient", "since", "dueOn", "nextStep",
				"nextCoefficient")) {
			header.add(m("personnel.due.column." + key, locale));
		}
		List<List<String>> rows = new ArrayList<>();
		for (DueLists.SalaryStepDue d : due) {
			rows.add(List.of(d.fullName(), units.apply(d.unitId()), d.salaryGrade(), String.valueOf(d.step()),
					decimal(d.coefficient()), day(d.since()), day(d.dueOn()), String.valueOf(d.nextStep()),
					decimal(d.nextCoefficient())));
		}
		return sheet("salary-steps", title, header, rows);
	}

	byte[] retirementsXlsx(List<DueLists.RetirementDue> due, String title,
			java.util.function.LongFunction<String> units, Locale locale) {
		List<String> header = new ArrayList<>();
		for (String key : List.of("name", "unit", "sex", "birthDate", "age", "retiresOn", "pensionFrom")) {
			header.add(m("personnel.due.column." + key, locale));
		}
		List<List<String>> rows = new ArrayList<>();
		for (DueLists.RetirementDue d : due) {
			rows.add(List.of(d.fullName(), units.apply(d.unitId()), m("personnel.choice.sex." + d.sex(), locale),
					day(d.birthDate()), m("personnel.retirement.age.yearsAndMonths", locale, d.ageYears(), d.ageMonths()),
					day(d.retiresOn()), day(d.pensionFrom())));
		}
		return sheet("retirements", title, header, rows);
	}

	private static byte[] sheet(String name, String title, List<String> header, List<List<String>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "GovICT", "1.0");
			Worksheet sheet = workbook.newWorksheet(name);
			sheet.value(0, 0, title);
			sheet.style(0, 0).bold().set();
			for (int c = 0; c < header.size(); c++) {
				sheet.value(2, c, header.get(c));
			}
			sheet.range(2, 0, 2, header.size() - 1).style().bold().wrapText(true).set();
			int r = 3;
			for (List<String> row : rows) {
				for (int c = 0; c < row.size(); c++) {
					sheet.value(r, c, row.get(c));
				}
				r++;
			}
			sheet.width(0, 28);
			sheet.width(1, 28);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
