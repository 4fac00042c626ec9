package org.govict.helpdesk;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's service desk, once the demo users exist: the Information Center's support group with its technician,
 * and a published article in the knowledge base.
 */
@Component
@Profile("demo")
@Order(40)
class HelpdeskDemo implements ApplicationRunner {

	private final JdbcClient jdbc;

	HelpdeskDemo(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		boolean ready = jdbc.sql("SELECT count(*) FROM users WHERE username = 'kythuat.tttt'").query(Long.class).single() > 0;
		boolean empty = jdbc.sql("SELECT count(*) FROM helpdesk_groups").query(Long.class).single() == 0;
		if (!ready || !empty) {
			return;
		}
		long group = jdbc.sql("""
				INSERT INTO helpdesk_groups (name, unit_id)
				SELECT 'Nhóm hỗ trợ kỹ thuật Trung tâm Thông tin', id FROM organisation_units WHERE code = 'BNV-TTTT'
				RETURNING id""").query(Long.class).single();
		jdbc.sql("""
				INSERT INTO helpdesk_group_members (group_id, user_id)
				SELECT ?, id FROM users WHERE username = 'kythuat.tttt'""").param(group).update();
		jdbc.sql("""
				INSERT INTO helpdesk_articles (title, body, category_id, published)
				SELECT 'Máy in báo kẹt giấy: tự xử lý trước khi gửi yêu cầu',
				       'Tắt máy in, mở nắp sau và khay giấy, kéo tờ giấy kẹt theo chiều in, không giật ngược.' || chr(10) ||
				       'Kiểm tra giấy không ẩm, không quá 250 tờ trong khay. Bật lại máy và in thử một trang.' || chr(10) ||
				       'Nếu vẫn báo lỗi, gửi yêu cầu hỗ trợ kèm mã lỗi trên màn hình máy in.',
				       id, TRUE FROM helpdesk_categories WHERE name_vi = 'Máy in, máy quét'""").update();
	}
}
