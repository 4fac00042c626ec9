package org.govict.personnel.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.personnel.DueLists;
import org.govict.personnel.YearQuarter;
import org.govict.platform.web.ApiController;
import org.govict.platform.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The HR officer's due lists: salary steps due in a quarter, and people reaching the retirement age. */
@Controller
class DueController {

	static final String DUE = "personnel/due";

	private final DueLists due;

	private final Organisation organisation;

	private final ReportDocuments documents;

	private final MessageSource messages;

	DueController(DueLists due, Organisation organisation, ReportDocuments documents, MessageSource messages) {
		this.due = due;
		this.organisation = organisation;
		this.documents = documents;
		this.messages = messages;
	}

	@GetMapping("/personnel/due")
	String due(@RequestParam(defaultValue = "steps") String tab, @RequestParam(required = false) String quarter,
			@RequestParam(defaultValue = "quarter") String period, Model model) {
		YearQuarter q = quarter(quarter);
		model.addAttribute("tab", "retirements".equals(tab) ? "retirements" : "steps");
		model.addAttribute("quarter", q);
		model.addAttribute("quarterCode", code(q));
		model.addAttribute("previous", code(previous(q)));
		model.addAttribute("next", code(next(q)));
		model.addAttribute("period", "year".equals(period) ? "year" : "quarter");
		if ("retirements".equals(tab)) {
			LocalDate[] range = range(q, period);
			model.addAttribute("from", range[0]);
			model.addAttribute("to", range[1]);
			List<DueLists.RetirementDue> retirements = due.retirements(range[0], range[1]);
			model.addAttribute("retirements", retirements);
			model.addAttribute("units", unitNames(retirements.stream().map(DueLists.RetirementDue::unitId).toList()));
		}
		else {
			List<DueLists.SalaryStepDue> steps = due.salarySteps(q);
			model.addAttribute("steps", steps);
			model.addAttribute("units", unitNames(steps.stream().map(DueLists.SalaryStepDue::unitId).toList()));
		}
		return DUE;
	}

	@GetMapping("/personnel/due/salary-steps.xlsx")
	ResponseEntity<byte[]> stepsXlsx(@RequestParam(required = false) String quarter, Locale locale) {
		YearQuarter q = quarter(quarter);
		String title = messages.getMessage("personnel.due.steps.title", new Object[] { q.quarter(), q.year() }, locale);
		return ReportController.download(documents.salaryStepsXlsx(due.salarySteps(q), title, names(), locale),
				"salary-steps-" + code(q) + ".xlsx", MediaType.parseMediaType(ReportDocuments.XLSX));
	}

	@GetMapping("/personnel/due/retirements.xlsx")
	ResponseEntity<byte[]> retirementsXlsx(@RequestParam(required = false) String quarter,
			@RequestParam(defaultValue = "quarter") String period, Locale locale) {
		LocalDate[] range = range(quarter(quarter), period);
		String title = messages.getMessage("personnel.due.retirements.title",
				new Object[] { ReportDocuments.day(range[0]), ReportDocuments.day(range[1]) }, locale);
		return ReportController.download(documents.retirementsXlsx(due.retirements(range[0], range[1]), title,
				names(), locale), "retirements-" + range[0] + ".xlsx", MediaType.parseMediaType(ReportDocuments.XLSX));
	}

	private Map<Long, String> unitNames(List<Long> ids) {
		LongFunction<String> names = names();
		Map<Long, String> byId = new HashMap<>();
		ids.forEach(id -> byId.put(id, names.apply(id)));
		return byId;
	}

	private LongFunction<String> names() {
		Map<Long, String> cache = new HashMap<>();
		return id -> cache.computeIfAbsent(id,
				u -> organisation.findUnscoped(u).map(OrganisationUnit::nameVi).orElse(String.valueOf(u)));
	}

	static LocalDate[] range(YearQuarter q, String period) {
		return "year".equals(period) ? new LocalDate[] { LocalDate.of(q.year(), 1, 1), LocalDate.of(q.year(), 12, 31) }
				: new LocalDate[] { q.firstDay(), q.lastDay() };
	}

	/** A quarter written 2026-Q4; this quarter when none is given. */
	static YearQuarter quarter(String text) {
		if (text == null || text.isBlank()) {
			return YearQuarter.containing(LocalDate.now());
		}
		if (!text.strip().matches("[0-9]{4}-Q[1-4]")) {
			throw new NotFoundException("Quarter", text);
		}
		return YearQuarter.of(Integer.parseInt(text.strip().substring(0, 4)), text.strip().charAt(6) - '0');
	}

	static String code(YearQuarter q) {
		return q.year() + "-Q" + q.quarter();
	}

	static YearQuarter previous(YearQuarter q) {
		return q.quarter() == 1 ? YearQuarter.of(q.year() - 1, 4) : YearQuarter.of(q.year(), q.quarter() - 1);
	}

	static YearQuarter next(YearQuarter q) {
		return q.quarter() == 4 ? YearQuarter.of(q.year() + 1, 1) : YearQuarter.of(q.year(), q.quarter() + 1);
	}

	/** The due lists for other systems. */
	@ApiController("/api/v1/personnel/due")
	static class DueApi {

		private final DueLists due;

		DueApi(DueLists due) {
			this.due = due;
		}

		/** Salary steps due in the quarter ({@code 2026-Q4}; this quarter if not given). */
		@GetMapping("/salary-steps")
		List<DueLists.SalaryStepDue> salarySteps(@RequestParam(required = false) String quarter) {
			return due.salarySteps(quarter(quarter));
		}

		/** Retirements in the quarter, or in its year with {@code period=year}. */
		@GetMapping("/retirements")
		List<DueLists.RetirementDue> retirements(@RequestParam(required = false) String quarter,
				@RequestParam(defaultValue = "quarter") String period) {
			LocalDate[] range = range(quarter(quarter), period);
			return due.retirements(range[0], range[1]);
		}
	}
}
