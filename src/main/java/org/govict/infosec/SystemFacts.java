package org.govict.infosec;

/**
 * The facts that decide an information system's security level under Decree 85/2016/NĐ-CP. Systems processing state
 * secrets are outside this register: the law on protecting state secrets governs them.
 *
 * @param kind what the system is for
 * @param personalData whether it processes private or personal information (thông tin riêng, thông tin cá nhân) and
 *        not only public information (thông tin công cộng)
 * @param onlineServiceLevel the highest level of online public service it provides (0 for none, 1–4)
 * @param regularUsers the number of regular users or accounts
 * @param reach whom it serves, for shared infrastructure
 * @param worksGrade the grade of the works an industrial control system runs; null for other kinds
 * @param dependents which systems depend on it
 */
public record SystemFacts(SystemKind kind, boolean personalData, int onlineServiceLevel, int regularUsers,
		SystemReach reach, WorksGrade worksGrade, Dependence dependents) {

	public SystemFacts {
		reach = reach == null ? SystemReach.ONE_ORGANISATION : reach;
		dependents = dependents == null ? Dependence.NONE : dependents;
	}
}
