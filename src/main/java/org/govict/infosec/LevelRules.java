package org.govict.infosec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.govict.infosec.LevelSuggestion.Reason;

/**
 * The criteria of Decree 331/2026/NĐ-CP articles 11–16 (tiêu chí xác định cấp độ), read as rules over
 * {@link SystemFacts}. Every rule that applies gives a level; the system's level is the highest of them (art. 8.2).
 * The officer may propose a higher level, for instance when the risk assessment shows a higher risk (art. 10.5);
 * this is the suggestion the dossier starts from.
 * <p>
 * Articles are cited as "article.clause.point" of Decree 331. The criteria of "other" systems (art. 9.2.đ) rest on
 * the cybersecurity risk management framework the Ministry of Public Security is still to issue (art. 10.8), so
 * they give level 1 here with a note to propose from the risk assessment.
 */
public final class LevelRules {

	/** Data subjects with basic personal data from which an online service is level 3 (art. 13.2.c). */
	public static final int MANY_BASIC_SUBJECTS = 100_000;

	/** Data subjects with sensitive personal data from which an online service is level 3 (art. 13.2.c). */
	public static final int MANY_SENSITIVE_SUBJECTS = 10_000;

	private LevelRules() {
	}

	public static LevelSuggestion suggest(SystemFacts facts) {
		List<Reason> reasons = new ArrayList<>();
		internal(facts, reasons);
		onlineService(facts, reasons);
		infrastructure(facts, reasons);
		industrialControl(facts, reasons);
		other(facts, reasons);
		nationalSecurity(facts, reasons);
		nationalData(facts, reasons);
		// Every kind gives a reason, except an internal system of state secrets alone, which art. 13.1 and above
		// covers: there is always at least one.
		int level = reasons.stream().mapToInt(Reason::level).max().orElse(1);
		reasons.sort(Comparator.comparingInt(Reason::level).reversed());
		return new LevelSuggestion(level, List.copyOf(reasons));
	}

	/**
	 * Internal systems (art. 9.2.a): processing only public information, level 1 (art. 11.1); processing the users'
	 * private or personal information and no state secrets, level 2 (art. 12.1).
	 */
	private static void internal(SystemFacts f, List<Reason> reasons) {
		if (f.kind() != SystemKind.INTERNAL_ADMINISTRATION) {
			return;
		}
		if (f.privateOrPersonal()) {
			reasons.add(new Reason(2, "12.1", "infosec.rule331.internalPersonal"));
		}
		else if (!f.stateSecret()) {
			reasons.add(new Reason(1, "11.1", "infosec.rule331.internalPublic"));
		}
	}

	/**
	 * Systems serving citizens and enterprises (art. 9.2.b). Level 3 when the online service is a conditional
	 * business line (art. 13.2.a), when the system handles administrative procedures (13.2.b), or when it processes
	 * the personal data of {@value #MANY_BASIC_SUBJECTS} data subjects or more (basic data) or
	 * {@value #MANY_SENSITIVE_SUBJECTS} or more (sensitive data) (13.2.c). Otherwise level 2: an online service with
	 * private or personal information of fewer subjects (12.2.b), or any other online service not in the list of
	 * conditional business lines (12.2.a).
	 */
	private static void onlineService(SystemFacts f, List<Reason> reasons) {
		if (f.kind() != SystemKind.PUBLIC_SERVICE) {
			return;
		}
		boolean high = false;
		if (f.conditionalBusiness()) {
			reasons.add(new Reason(3, "13.2.a", "infosec.rule331.conditionalBusiness"));
			high = true;
		}
		if (f.administrativeProcedures()) {
			reasons.add(new Reason(3, "13.2.b", "infosec.rule331.procedures"));
			high = true;
		}
		if (f.basicDataSubjects() >= MANY_BASIC_SUBJECTS || f.sensitiveDataSubjects() >= MANY_SENSITIVE_SUBJECTS) {
			reasons.add(new Reason(3, "13.2.c", "infosec.rule331.manySubjects"));
			high = true;
		}
		if (!high) {
			reasons.add(f.privateOrPersonal() ? new Reason(2, "12.2.b", "infosec.rule331.fewSubjects")
					: new Reason(2, "12.2.a", "infosec.rule331.onlineService"));
		}
	}

	/**
	 * Information infrastructure (art. 9.2.c): serving one organisation, level 2 (art. 12.3); a ministry, sector, one
	 * or several provinces, level 3 (13.3); the whole country around the clock, level 4 (14.2); national
	 * infrastructure connecting Vietnam with the world, level 5 (15.3). A national information system serving
	 * e-government is level 4 (14.2) whatever its kind.
	 */
	private static void infrastructure(SystemFacts f, List<Reason> reasons) {
		if (f.kind() != SystemKind.INFRASTRUCTURE) {
			if (f.reach() == SystemReach.NATIONAL) {
				reasons.add(new Reason(4, "14.2", "infosec.rule331.nationalEgov"));
			}
			return;
		}
		reasons.add(switch (f.reach()) {
			case ONE_ORGANISATION -> new Reason(2, "12.3", "infosec.rule331.infraOrganisation");
			case SECTOR_OR_PROVINCE -> new Reason(3, "13.3", "infosec.rule331.infraSector");
			case NATIONAL -> new Reason(4, "14.2", "infosec.rule331.infraNational");
			case INTERNATIONAL_CONNECTION -> new Reason(5, "15.3", "infosec.rule331.infraInternational");
		});
	}

	/**
	 * Industrial control systems running construction works (art. 9.2.d): grade II, III or IV works, level 3
	 * (art. 13.4); grade I, level 4 (14.3); special grade, level 5 (15.4). Without a grade the system is taken as
	 * level 3, the lowest the decree gives industrial control.
	 */
	private static void industrialControl(SystemFacts f, List<Reason> reasons) {
		if (f.kind() != SystemKind.INDUSTRIAL_CONTROL) {
			return;
		}
		WorksGrade grade = f.worksGrade() == null ? WorksGrade.GRADE_IV : f.worksGrade();
		reasons.add(switch (grade) {
			case GRADE_IV, GRADE_III, GRADE_II -> new Reason(3, "13.4", "infosec.rule331.controlMinor");
			case GRADE_I -> new Reason(4, "14.3", "infosec.rule331.controlMajor");
			case SPECIAL -> new Reason(5, "15.4", "infosec.rule331.controlSpecial");
		});
	}

	/**
	 * Other systems (art. 9.2.đ) take their level from the Prime Minister's decision or a risk assessment under the
	 * cybersecurity risk management framework (arts. 11.2, 12.4, 13.5, 14.4, 15.5), not yet issued (art. 10.8).
	 */
	private static void other(SystemFacts f, List<Reason> reasons) {
		if (f.kind() == SystemKind.OTHER) {
			reasons.add(new Reason(1, "11.2", "infosec.rule331.otherRisk"));
		}
	}

	/**
	 * Systems processing state secrets or serving defence and security, of any kind: harm to national security if
	 * sabotaged, level 3 (art. 13.1); serious harm, level 4 (14.1); especially serious harm to a strategic system,
	 * level 5 (15.1). Without the harm assessed they are taken as level 3.
	 */
	private static void nationalSecurity(SystemFacts f, List<Reason> reasons) {
		if (!f.nationalSecurity()) {
			return;
		}
		reasons.add(switch (f.securityHarm()) {
			case NONE, HARM -> new Reason(3, "13.1", "infosec.rule331.secretHarm");
			case SERIOUS -> new Reason(4, "14.1", "infosec.rule331.secretSerious");
			case ESPECIALLY_SERIOUS -> new Reason(5, "15.1", "infosec.rule331.secretStrategic");
		});
	}

	/** Central storage of especially important national data, level 5 (art. 15.2). */
	private static void nationalData(SystemFacts f, List<Reason> reasons) {
		if (f.nationalData()) {
			reasons.add(new Reason(5, "15.2", "infosec.rule331.nationalData"));
		}
	}
}
