package org.govict.support;

/** The demo accounts (password = username) and units that tests rely on. */
public final class Demo {

	public static final String ADMIN = "admin";

	/** Unit administrator of the Information Center (BNV-TTTT) of the Ministry of Home Affairs. */
	public static final String MINISTRY_UNIT_ADMIN = "quantri.tttt";

	/** Staff of the Database Division (BNV-TTTT-CSDL). */
	public static final String MINISTRY_STAFF = "chuyenvien.csdl";

	public static final String AUDITOR = "kiemtoan";

	/** Unit administrator of Da Nang's Department of Science and Technology (DNG-SKHCN). */
	public static final String DANANG_UNIT_ADMIN = "quantri.danang";

	public static final String DANANG_STAFF = "chuyenvien.danang";

	/** Feedback officer of the Information Center's Administration Division, who sees the whole Information Center. */
	public static final String MINISTRY_FEEDBACK_OFFICER = "tiepnhan.tttt";

	/** Leader of the Information Center (BNV-TTTT), who approves its answers. */
	public static final String MINISTRY_LEADER = "lanhdao.tttt";

	/** Feedback officer of Da Nang's Department of Science and Technology. */
	public static final String DANANG_FEEDBACK_OFFICER = "tiepnhan.danang";

	/** The 1022 hotline's system account (PARTNER_SYSTEM), which forwards cases to the Information Center's desk. */
	public static final String PARTNER_SYSTEM = "he-thong.1022";

	/** IT technician of the Information Center, who sees its whole inventory and its tickets. */
	public static final String MINISTRY_TECHNICIAN = "kythuat.tttt";

	/** Information security officer of the Information Center. */
	public static final String MINISTRY_SECURITY_OFFICER = "antt.tttt";

	private Demo() {
	}
}
