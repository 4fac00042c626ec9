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
 * <p>
 * Articles are cited as "article.clause.point". Clause 1 of articles 9–11 (state secrets, defence and security) is
 * not a rule here: systems processing state secrets are outside this register.
 */
public final class LevelRules {

	/**
	 * The number of users whose private or personal information an online service processes from which it is level 3
	 * (Art. 9(2)(c)); below it the service is level 2 (Art. 8(2)(c)).
	 */
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
			// Another kind of system: at least level 1, or level 2 when it keeps private or personal information
			// (read after Art. 7 and Art. 8(1)).
			reasons.add(facts.personalData() ? new Reason(2, "8.1", "infosec.rule.otherPersonal")
					: new Reason(1, "7", "infosec.rule.otherPublic"));
		}
		int level = reasons.stream().mapToInt(Reason::level).max().orElse(1);
		reasons.sort(Comparator.comparingInt(Reason::level).reversed());
		return new LevelSuggestion(level, List.copyOf(reasons));
	}

	/**
	 * Article 7: a system serving the organisation's internal work that processes only public information is
	 * level 1. Article 8(1): one that processes users' private or personal information (no state secrets) is level 2.
	 */
	private static void internal(SystemFacts f, List<Reason> reasons) {
		if (f.kind() != SystemKind.INTERNAL_ADMINISTRATION) {
			return;
		}
		reasons.add(f.personalData() ? new Reason(2, "8.1", "infosec.rule.internalPersonal")
				: new Reason(1, "7", "infosec.rule.internalPublic"));
	}

	/**
	 * A system serving citizens and businesses. Article 8(2): online public services up to level 2 (a), or other online
	 * services processing the private or personal information of fewer than {@value #MANY_USERS} users (c), are
	 * level 2. Article 9(2): online public services of level 3 or more (a), or online services processing the private
	 * or personal information of {@value #MANY_USERS} users or more (c), are level 3. The number of users counts
	 * only when the system processes their private or personal information.
	 */
	private static void publicService(SystemFacts f, List<Reason> reasons) {
		if (f.kind() != SystemKind.PUBLIC_SERVICE) {
			return;
		}
		boolean high = false;
		if (f.onlineServiceLevel() >= 3) {
			reasons.add(new Reason(3, "9.2.a", "infosec.rule.onlineServiceHigh"));
			high = true;
		}
		if (f.personalData() && f.regularUsers() >= MANY_USERS) {
			reasons.add(new Reason(3, "9.2.c", "infosec.rule.manyUsers"));
			high = true;
		}
		if (!high) {
			reasons.add(f.personalData() ? new Reason(2, "8.2.c", "infosec.rule.publicServicePersonal")
					: new Reason(2, "8.2.a", "infosec.rule.publicServiceBasic"));
		}
	}

	/**
	 * Shared information infrastructure: serving one organisation, level 2 (Art. 8(3)); the organisations of a sector,
	 * a province or several provinces, level 3 (Art. 9(3)); the whole country, level 4 (Art. 10(3)); connecting Vietnam
	 * with the world, level 5 (Art. 11(3)).
	 */
	private static void infrastructure(SystemFacts f, List<Reason> reasons) {
		if (f.kind() != SystemKind.INFRASTRUCTURE) {
			return;
		}
		reasons.add(switch (f.reach()) {
			case ONE_ORGANISATION -> new Reason(2, "8.3", "infosec.rule.infraOrganisation");
			case SECTOR_OR_PROVINCE -> new Reason(3, "9.3", "infosec.rule.infraSector");
			case NATIONAL -> new Reason(4, "10.3", "infosec.rule.infraNational");
			case INTERNATIONAL_CONNECTION -> new Reason(5, "11.3", "infosec.rule.infraInternational");
		});
	}

	/**
	 * Industrial control systems directly running construction works: grade II, III or IV works, level 3
	 * (Art. 9(4)); grade I, level 4 (Art. 10(4)); special grade, level 5 (Art. 11(4)). Without a grade the system is
	 * taken as level 3, the lowest the decree gives industrial control.
	 */
	private static void industrialControl(SystemFacts f, List<Reason> reasons) {
		if (f.kind() != SystemKind.INDUSTRIAL_CONTROL) {
			return;
		}
		WorksGrade grade = f.worksGrade() == null ? WorksGrade.GRADE_IV : f.worksGrade();
		reasons.add(switch (grade) {
			case GRADE_IV, GRADE_III, GRADE_II -> new Reason(3, "9.4", "infosec.rule.controlMinor");
			case GRADE_I -> new Reason(4, "10.4", "infosec.rule.controlMajor");
			case SPECIAL -> new Reason(5, "11.4", "infosec.rule.controlSpecial");
		});
	}

	/**
	 * Systems that others depend on: shared by the organisations of a sector or province, level 3 (read with
	 * Art. 9(3)); national information systems serving e-government that must run around the clock, level 4
	 * (Art. 10(2)); systems keeping especially important national data centrally, level 5 (Art. 11(2)).
	 */
	private static void dependents(SystemFacts f, List<Reason> reasons) {
		switch (f.dependents()) {
			case NONE -> {
			}
			case SECTORAL -> reasons.add(new Reason(3, "9.3", "infosec.rule.dependSector"));
			case NATIONAL -> reasons.add(new Reason(4, "10.2", "infosec.rule.dependNational"));
			case CRITICAL_NATIONAL -> reasons.add(new Reason(5, "11.2", "infosec.rule.dependCritical"));
		}
	}
}
