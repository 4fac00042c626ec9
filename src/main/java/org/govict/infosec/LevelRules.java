package org.govict.infosec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.govict.infosec.LevelSuggestion.Reason;

/**
 * The criteria of Decree 85/2016/NĐ-CP articles 7–11 (tiêu chí xác định cấp độ), read as rules over
 * {@link SystemFacts}. Every rule that applies gives a level; the system's level is the highest of them, since the
 * decree classifies a system that meets the criteria of several levels at the highest one. The officer may propose
 * another level with reasons; this is the suggestion the dossier starts from.
 */
public final class LevelRules {

	/** The number of regular users from which a service to citizens and businesses is level 3 (Art. 9(1)(b)). */
	public static final int MANY_USERS = 10_000;

	private LevelRules() {
	}

	public static LevelSuggestion suggest(SystemFacts facts) {
		List<Reason> reasons = new ArrayList<>();
		internal(facts, reasons);
		publicService(facts, reasons);
		infrastructure(facts, reasons);
		industrialControl(facts, reasons);
		dependents(facts, reasons);
		if (reasons.isEmpty()) {
			// A system of another kind is at least level 1, or level 2 when it keeps personal information (Art. 7, 8).
			reasons.add(facts.personalData() ? new Reason(2, "8.1.a", "infosec.rule.otherPersonal")
					: new Reason(1, "7", "infosec.rule.otherPublic"));
		}
		int level = reasons.stream().mapToInt(Reason::level).max().orElse(1);
		reasons.sort(Comparator.comparingInt(Reason::level).reversed());
		return new LevelSuggestion(level, List.copyOf(reasons));
	}

	/**
	 * Article 7: a system serving the organisation's internal work that processes only public information is
	 * level 1. Article 8(1)(a): one that processes private or personal information is level 2.
	 */
	private static void internal(SystemFacts f, List<Reason> reasons) {
		if (f.kind() != SystemKind.INTERNAL_ADMINISTRATION) {
			return;
		}
		reasons.add(f.personalData() ? new Reason(2, "8.1.a", "infosec.rule.internalPersonal")
				: new Reason(1, "7", "infosec.rule.internalPublic"));
	}

	/**
	 * Article 8(1)(b): a system serving citizens and businesses with online public services up to level 2, or with
	 * fewer than {@value #MANY_USERS} regular users, is level 2. Article 9(1)(a)–(b): with online public services of
	 * level 3 or more, or with {@value #MANY_USERS} regular users or more, it is level 3.
	 */
	private static void publicService(SystemFacts f, List<Reason> reasons) {
		if (f.kind() != SystemKind.PUBLIC_SERVICE) {
			return;
		}
		boolean high = false;
		if (f.onlineServiceLevel() >= 3) {
			reasons.add(new Reason(3, "9.1.a", "infosec.rule.onlineServiceHigh"));
			high = true;
		}
		if (f.regularUsers() >= MANY_USERS) {
			reasons.add(new Reason(3, "9.1.b", "infosec.rule.manyUsers"));
			high = true;
		}
		if (!high) {
			reasons.add(new Reason(2, "8.1.b", "infosec.rule.publicServiceBasic"));
		}
		if (f.personalData()) {
			reasons.add(new Reason(2, "8.1.a", "infosec.rule.internalPersonal"));
		}
	}

	/**
	 * Shared information infrastructure: serving one organisation, level 2 (Art. 8(1)(c)); a sector, a province or
	 * several provinces, level 3 (Art. 9(1)(c)); the whole country, level 4 (Art. 10(1)(b)); connecting Vietnam with
	 * the world, level 5 (Art. 11(1)(b)).
	 */
	private static void infrastructure(SystemFacts f, List<Reason> reasons) {
		if (f.kind() != SystemKind.INFRASTRUCTURE) {
			return;
		}
		reasons.add(switch (f.reach()) {
			case ONE_ORGANISATION -> new Reason(2, "8.1.c", "infosec.rule.infraOrganisation");
			case SECTOR_OR_PROVINCE -> new Reason(3, "9.1.c", "infosec.rule.infraSector");
			case NATIONAL -> new Reason(4, "10.1.b", "infosec.rule.infraNational");
			case INTERNATIONAL_CONNECTION -> new Reason(5, "11.1.b", "infosec.rule.infraInternational");
		});
	}

	/**
	 * Industrial control systems directly running construction works: grade III or IV works, level 3
	 * (Art. 9(1)(d)); grade I or II, level 4 (Art. 10(1)(c)); special grade, level 5 (Art. 11(1)(c)). Without a
	 * grade the system is taken as level 3, the lowest the decree gives industrial control.
	 */
	private static void industrialControl(SystemFacts f, List<Reason> reasons) {
		if (f.kind() != SystemKind.INDUSTRIAL_CONTROL) {
			return;
		}
		WorksGrade grade = f.worksGrade() == null ? WorksGrade.GRADE_IV : f.worksGrade();
		reasons.add(switch (grade) {
			case GRADE_IV, GRADE_III -> new Reason(3, "9.1.d", "infosec.rule.controlMinor");
			case GRADE_II, GRADE_I -> new Reason(4, "10.1.c", "infosec.rule.controlMajor");
			case SPECIAL -> new Reason(5, "11.1.c", "infosec.rule.controlSpecial");
		});
	}

	/**
	 * Systems that others depend on: a sector's or province's systems, level 3 (Art. 9(1)(c)); national
	 * information systems serving e-government that must run around the clock, level 4 (Art. 10(1)(a)); systems
	 * keeping critical national data centrally, level 5 (Art. 11(1)(a)).
	 */
	private static void dependents(SystemFacts f, List<Reason> reasons) {
		switch (f.dependents()) {
			case NONE -> {
			}
			case SECTORAL -> reasons.add(new Reason(3, "9.1.c", "infosec.rule.dependSector"));
			case NATIONAL -> reasons.add(new Reason(4, "10.1.a", "infosec.rule.dependNational"));
			case CRITICAL_NATIONAL -> reasons.add(new Reason(5, "11.1.a", "infosec.rule.dependCritical"));
		}
	}
}
