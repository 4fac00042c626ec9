package org.govict.helpdesk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.govict.helpdesk.Article;
import org.govict.helpdesk.ArticleForm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The knowledge base's articles. */
@Repository
public class Articles {

	private final JdbcClient jdbc;

	Articles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(ArticleForm f, long authorId) {
		return jdbc.sql("""
				INSERT INTO helpdesk_articles (title, body, category_id, published, source_ticket_id, author_id)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(f.title(), f.body(), f.categoryId(), f.published(), f.sourceTicketId(), authorId)
			.query(Long.class)
			.single();
	}

	public boolean update(long id, ArticleForm f, int version) {
		return jdbc.sql("""
				UPDATE helpdesk_articles SET title = ?, body = ?, category_id = ?, published = ?, updated_at = now(),
				       version = version + 1
				 WHERE id = ? AND version = ?""")
			.params(f.title(), f.body(), f.categoryId(), f.published(), id, version)
			.update() == 1;
	}

	public Optional<Article> find(long id) {
		return jdbc.sql("SELECT * FROM helpdesk_articles WHERE id = ?").param(id).query((rs, n) -> map(rs)).optional();
	}

	/**
	 * The articles matching the text ignoring case and diacritics (the trigram index on the same folded expression
	 * serves it), the published ones only unless {@code drafts}, newest first.
	 */
	public List<Article> search(String text, boolean drafts, int limit) {
		return jdbc.sql("""
				SELECT * FROM helpdesk_articles
				 WHERE (:drafts OR published)
				   AND (CAST(:text AS text) IS NULL OR search_fold(title || ' ' || body) LIKE '%' || search_fold(:text) || '%')
				 ORDER BY updated_at DESC, id DESC LIMIT :limit""")
			.param("drafts", drafts)
			.param("text", text == null || text.isBlank() ? null : text.strip())
			.param("limit", limit)
			.query((rs, n) -> map(rs))
			.list();
	}

	private static Article map(ResultSet rs) throws SQLException {
		return new Article(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
				rs.getObject("category_id", Long.class), rs.getBoolean("published"),
				rs.getObject("source_ticket_id", Long.class), rs.getTimestamp("updated_at").toInstant(),
				rs.getInt("version"));
	}
}
