package org.govict.infosec;

/**
 * The facts that decide an information system's security level under Decree 331/2026/NĐ-CP (arts. 9, 11–16).
 *
 * @param kind what the system is for (art. 9.2); a system of no stated kind is taken as another (art. 9.2.đ)
 * @param publicInfo whether it processes public information (thông tin công cộng, art. 9.1.a)
 * @param privateInfo whether it processes private information (thông tin riêng, art. 9.1.b)
 * @param personalInfo whether it processes personal information (thông tin cá nhân, art. 9.1.c)
 * @param stateSecret whether it processes state secrets (bí mật nhà nước, art. 9.1.d)
 * @param defenceSecurity whether it serves defence or security (phục vụ quốc phòng, an ninh)
 * @param securityHarm the harm to national security if it were sabotaged, for state secrets or defence and security
 * @param administrativeProcedures whether it handles administrative procedures (giải quyết thủ tục hành chính)
 * @param conditionalBusiness whether its online service is in the list of conditional business lines
 *        (ngành, nghề đầu tư kinh doanh có điều kiện)
 * @param basicDataSubjects the number of data subjects whose basic personal data it processes
 * @param sensitiveDataSubjects the number of data subjects whose sensitive personal data it processes
 * @param reach whom it serves, for information infrastructure and national e-government systems
 * @param worksGrade the grade of the works an industrial control system runs; null for other kinds
 * @param nationalData whether it stores especially important national data centrally (art. 15.2)
 */
public record SystemFacts(SystemKind kind, boolean publicInfo, boolean privateInfo, boolean personalInfo,
		boolean stateSecret, boolean defenceSecurity, SecurityHarm securityHarm, boolean administrativeProcedures,
		boolean conditionalBusiness, int basicDataSubjects, int sensitiveDataSubjects, SystemReach reach,
		WorksGrade worksGrade, boolean nationalData) {

	public SystemFacts {
		kind = kind == null ? SystemKind.OTHER : kind;
		reach = reach == null ? SystemReach.ONE_ORGANISATION : reach;
		securityHarm = securityHarm == null ? SecurityHarm.NONE : securityHarm;
	}

	/** Whether it processes more than public information: private or personal information. */
	public boolean privateOrPersonal() {
		return privateInfo || personalInfo;
	}

	/** Whether the criteria of state secrets, defence and security (arts. 13.1, 14.1, 15.1) apply. */
	public boolean nationalSecurity() {
		return stateSecret || defenceSecurity;
	}
}
