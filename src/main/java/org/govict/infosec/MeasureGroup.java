package org.govict.infosec;

import java.util.Arrays;
import java.util.Optional;

/**
 * The groups of basic requirements of Circular 12/2022/TT-BTTTT, in the circular's order: seven of management
 * (yêu cầu quản lý) and four technical (yêu cầu kỹ thuật).
 */
public enum MeasureGroup {

	/** Thiết lập chính sách an toàn thông tin. */
	POLICY(Part.MANAGEMENT),
	/** Tổ chức bảo đảm an toàn thông tin. */
	ORGANISATION(Part.MANAGEMENT),
	/** Bảo đảm nguồn nhân lực. */
	PERSONNEL(Part.MANAGEMENT),
	/** Quản lý thiết kế, xây dựng hệ thống. */
	DESIGN_BUILD(Part.MANAGEMENT),
	/** Quản lý vận hành hệ thống. */
	OPERATION(Part.MANAGEMENT),
	/** Phương án quản lý rủi ro an toàn thông tin. */
	RISK(Part.MANAGEMENT),
	/** Phương án kết thúc vận hành, khai thác, thanh lý, hủy bỏ hệ thống thông tin. */
	DECOMMISSION(Part.MANAGEMENT),
	/** Bảo đảm an toàn mạng. */
	NETWORK(Part.TECHNICAL),
	/** Bảo đảm an toàn máy chủ. */
	SERVER(Part.TECHNICAL),
	/** Bảo đảm an toàn ứng dụng. */
	APPLICATION(Part.TECHNICAL),
	/** Bảo đảm an toàn dữ liệu. */
	DATA(Part.TECHNICAL);

	/** Management or technical requirements. */
	public enum Part {
		MANAGEMENT, TECHNICAL
	}

	private final Part part;

	MeasureGroup(Part part) {
		this.part = part;
	}

	public Part part() {
		return part;
	}

	public static Optional<MeasureGroup> of(String name) {
		return Arrays.stream(values()).filter(g -> g.name().equals(name)).findFirst();
	}
}
